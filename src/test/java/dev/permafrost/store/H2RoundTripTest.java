package dev.permafrost.store;

import static dev.permafrost.store.StoreFixtures.list;
import static dev.permafrost.store.StoreFixtures.one;
import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Filter;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table of the H2 archive takes a realistic entity and gives back its columns and exact raw JSON. */
class H2RoundTripTest {
    static final String INSTANCE = "localhost:3000";
    static final String ME = "117020565966271181";
    static final Instant NOW = Instant.parse("2026-08-02T06:00:00.123456Z");

    @TempDir
    Path dir;
    H2Archive archive;

    @BeforeEach
    void open() {
        archive = H2Archive.open(dir.resolve("archive"), "", new TestClock(NOW));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private void write(String collection, List<? extends Entity> items) {
        archive.write(new Batch(new CollectionKey(INSTANCE, ME, collection), items, Optional.empty(), Optional.empty()));
    }

    private List<Row> rows(String table) {
        List<Row> rows = new ArrayList<>();
        archive.scan(table, rows::add);
        return rows;
    }

    private Row row(String table, String column, Object value) {
        return rows(table).stream().filter(row -> value.equals(row.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + table + " with " + column + " = " + value));
    }

    @Test
    void accounts() {
        Account account = list("accounts.json", Account.class).get(0);
        write("blocks", List.of(account));

        Row row = row("accounts", "id", account.id());

        assertThat(row.columns()).containsEntry("instance", INSTANCE).containsEntry("username", account.username())
                .containsEntry("acct", account.acct()).containsEntry("url", account.url())
                .containsEntry("display_name", account.displayName()).containsEntry("note", account.note())
                .containsEntry("locked", account.locked()).containsEntry("bot", account.bot())
                .containsEntry("discoverable", account.discoverable()).containsEntry("noindex", account.noindex())
                .containsEntry("created_at", account.createdAt()).containsEntry("statuses_count", account.statusesCount())
                .containsEntry("followers_count", account.followersCount())
                .containsEntry("following_count", account.followingCount())
                .containsEntry("first_seen", NOW).containsEntry("last_seen", NOW);
        assertThat(row.get("last_status_at")).isInstanceOf(LocalDate.class).isEqualTo(account.lastStatusAt());
        assertThat(row.string("raw")).isEqualTo(account.raw());
        assertThat(row("blocks", "account_id", account.id()).columns()).containsEntry("owner_id", ME)
                .containsEntry("ended_at", null);
    }

    @Test
    void statusesWithTheirMedia() {
        Status status = one("status_media.json", Status.class);
        write("home", List.of(status));

        Row row = row("statuses", "id", status.id());

        assertThat(row.columns()).containsEntry("uri", status.uri()).containsEntry("url", status.url())
                .containsEntry("created_at", status.createdAt()).containsEntry("edited_at", null)
                .containsEntry("account_id", status.account().id()).containsEntry("visibility", status.visibility())
                .containsEntry("language", status.language()).containsEntry("in_reply_to_id", null)
                .containsEntry("reblog_of_id", null).containsEntry("content", status.content())
                .containsEntry("spoiler_text", status.spoilerText()).containsEntry("sensitive", status.sensitive())
                .containsEntry("replies_count", status.repliesCount()).containsEntry("reblogs_count", status.reblogsCount())
                .containsEntry("favourites_count", status.favouritesCount()).containsEntry("poll_id", null)
                .containsEntry("deleted_at", null);
        assertThat(row.string("raw")).isEqualTo(status.raw());
        MediaAttachment media = status.mediaAttachments().get(1);
        Row mediaRow = row("media", "id", media.id());
        assertThat(mediaRow.columns()).containsEntry("status_id", status.id()).containsEntry("type", media.type())
                .containsEntry("url", media.url()).containsEntry("remote_url", media.remoteUrl())
                .containsEntry("preview_url", media.previewUrl()).containsEntry("description", media.description())
                .containsEntry("blurhash", media.blurhash()).containsEntry("local_file", null)
                .containsEntry("sha256", null);
        assertThat(mediaRow.string("raw")).isEqualTo(media.raw());
        assertThat(row("timeline_entries", "status_id", status.id()).columns())
                .containsEntry("owner_id", ME).containsEntry("timeline", "home");
    }

    @Test
    void polls() {
        Status status = one("status_poll.json", Status.class);
        Poll poll = status.poll();
        write("statuses", List.of(status));

        Row row = row("polls", "id", poll.id());

        assertThat(row.columns()).containsEntry("status_id", status.id()).containsEntry("expires_at", poll.expiresAt())
                .containsEntry("expired", poll.expired()).containsEntry("multiple", poll.multiple())
                .containsEntry("votes_count", poll.votesCount()).containsEntry("voters_count", poll.votersCount());
        assertThat(row.string("raw")).isEqualTo(poll.raw());
        assertThat(row("statuses", "id", status.id()).get("poll_id")).isEqualTo(poll.id());
    }

    @Test
    void notifications() {
        Notification notification = list("notifications.json", Notification.class).get(0);
        write("notifications", List.of(notification));

        Row row = row("notifications", "id", notification.id());

        assertThat(row.columns()).containsEntry("owner_id", ME).containsEntry("type", notification.type())
                .containsEntry("created_at", notification.createdAt())
                .containsEntry("account_id", notification.account().id())
                .containsEntry("status_id", notification.status().id())
                .containsEntry("group_key", notification.groupKey());
        assertThat(row.string("raw")).isEqualTo(notification.raw());
        assertThat(row("statuses", "id", notification.status().id()).string("raw")).isEqualTo(notification.status().raw());
    }

    @Test
    void conversations() {
        Conversation conversation = one("conversation.json", Conversation.class);
        write("conversations", List.of(conversation));

        Row row = row("conversations", "id", conversation.id());

        assertThat(row.columns()).containsEntry("unread", conversation.unread())
                .containsEntry("last_status_id", conversation.lastStatus().id());
        assertThat(row.string("raw")).isEqualTo(conversation.raw());
        assertThat(row("accounts", "id", conversation.accounts().get(0).id()).string("raw"))
                .isEqualTo(conversation.accounts().get(0).raw());
    }

    @Test
    void lists() {
        MastodonList list = list("lists.json", MastodonList.class).get(0);
        write("lists", List.of(list));

        Row row = row("lists", "id", list.id());

        assertThat(row.columns()).containsEntry("title", list.title()).containsEntry("replies_policy", list.repliesPolicy())
                .containsEntry("exclusive", list.exclusive()).containsEntry("ended_at", null);
        assertThat(row.string("raw")).isEqualTo(list.raw());
    }

    @Test
    void followedTags() {
        Tag tag = list("followed_tags.json", Tag.class).get(0);
        write("followed-tags", List.of(tag));

        Row row = row("followed_tags", "name", tag.name());

        assertThat(row.columns()).containsEntry("url", tag.url()).containsEntry("owner_id", ME);
        assertThat(row.string("raw")).isEqualTo(tag.raw());
    }

    @Test
    void filters() {
        Filter filter = one("filter.json", Filter.class);
        write("filters", List.of(filter));

        Row row = row("filters", "id", filter.id());

        assertThat(row.columns()).containsEntry("title", filter.title())
                .containsEntry("filter_action", filter.filterAction()).containsEntry("expires_at", null);
        assertThat(row.string("raw")).isEqualTo(filter.raw());
    }

    @Test
    void scheduledStatuses() {
        ScheduledStatus scheduled = list("scheduled_statuses.json", ScheduledStatus.class).get(0);
        write("scheduled", List.of(scheduled));

        Row row = row("scheduled_statuses", "id", scheduled.id());

        assertThat(row.columns()).containsEntry("scheduled_at", scheduled.scheduledAt());
        assertThat(row.string("raw")).isEqualTo(scheduled.raw());
    }

    @Test
    void statusEdits() {
        List<StatusEdit> history = list("status_history.json", StatusEdit.class);
        write("edits:117024236332527350", history);

        List<Row> rows = rows("status_edits");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).columns()).containsEntry("status_id", "117024236332527350")
                .containsEntry("created_at", history.get(1).createdAt())
                .containsEntry("content", history.get(1).content())
                .containsEntry("spoiler_text", "").containsEntry("sensitive", false);
        assertThat(rows.get(1).string("raw")).isEqualTo(history.get(1).raw());
    }

    @Test
    void domainBlocks() {
        List<DomainName> domains = list("domain_blocks.json", DomainName.class);
        write("domain-blocks", domains);

        assertThat(rows("domain_blocks")).extracting(row -> row.get("domain")).containsExactly("nazi.social", "spam.example");
    }

    @Test
    void favouritesAndBookmarksKeepThePageCursor() {
        Status status = one("status_media.json", Status.class);
        for (String collection : List.of("favourites", "bookmarks")) {
            archive.write(new Batch(new CollectionKey(INSTANCE, ME, collection), List.of(status),
                    Optional.of("4242"), Optional.empty()));

            assertThat(row(collection, "status_id", status.id()).columns())
                    .containsEntry("owner_id", ME).containsEntry("cursor", "4242").containsEntry("first_seen", NOW);
        }
    }

    @Test
    void relationsOfAccounts() {
        List<Account> accounts = list("accounts.json", Account.class);
        write("mutes", accounts);
        write("list-members:1", accounts);
        write("reblogged-by:117020586180926938", accounts);
        write("favourited-by:117020586180926938", accounts.subList(0, 1));
        write("following", accounts);

        assertThat(rows("mutes")).hasSize(2);
        assertThat(row("list_members", "account_id", accounts.get(1).id()).columns())
                .containsEntry("owner_id", ME).containsEntry("list_id", "1");
        assertThat(rows("status_interactions")).extracting(row -> row.get("kind") + " " + row.get("account_id"))
                .containsExactlyInAnyOrder("reblog " + accounts.get(0).id(), "reblog " + accounts.get(1).id(),
                        "favourite " + accounts.get(0).id());
        assertThat(rows("follows")).extracting(row -> row.get("follower_id")).containsOnly(ME);
    }

    @Test
    void checkpointsAndWriteActions() {
        CollectionKey key = new CollectionKey(INSTANCE, ME, "favourites");
        archive.write(Batch.checkpointOnly(new Checkpoint(key, "4242", "{\"walk\":\"done\"}", NOW)));
        archive.recordWriteAction(new WriteAction(INSTANCE, ME, "favourite", "117020586180926938",
                "{\"id\":\"117020586180926938\"}", "{\"favourited\":true}", "ok", NOW));

        assertThat(rows("checkpoints").get(0).columns()).containsEntry("collection", "favourites")
                .containsEntry("cursor", "4242").containsEntry("state", "{\"walk\":\"done\"}")
                .containsEntry("updated_at", NOW);
        assertThat(rows("write_actions").get(0).columns()).containsEntry("id", 1L).containsEntry("action", "favourite")
                .containsEntry("target_id", "117020586180926938").containsEntry("request", "{\"id\":\"117020586180926938\"}")
                .containsEntry("response", "{\"favourited\":true}").containsEntry("outcome", "ok").containsEntry("at", NOW);
    }
}
