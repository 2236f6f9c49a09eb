package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Filter;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.WriteAction;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every dataset, written from realistic entities and read back with DuckDB. */
class ParquetRoundTripTest {
    static final String INSTANCE = "localhost:3000";
    static final String OWNER = "117020565966271181";

    @TempDir
    static Path root;

    static Status full;
    static Status poll;
    static Status boost;

    @BeforeAll
    static void writeOneOfEverything() {
        full = Fixtures.one("status_full.json", Status.class);
        poll = Fixtures.one("status_poll.json", Status.class);
        boost = Fixtures.one("status_reblog.json", Status.class);
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            CollectionKey home = key("home");
            archive.write(new Batch(home, List.of(full, poll, boost), Optional.empty(),
                    Optional.of(new Checkpoint(home, full.id(), "walking", Instant.parse("2026-08-01T12:00:00Z")))));
            archive.write(new Batch(key("favourites"), List.of(full), Optional.of("cursor-9"), Optional.empty()));
            archive.write(new Batch(key("bookmarks"), List.of(poll), Optional.of("cursor-3"), Optional.empty()));
            archive.write(batch(key("notifications"), Fixtures.list("notifications.json", Notification.class)));
            List<Account> accounts = Fixtures.list("accounts.json", Account.class);
            for (String collection : List.of("followers", "following", "blocks", "mutes", "list-members:3",
                    "favourited-by:" + poll.id())) {
                archive.write(batch(key(collection), accounts));
            }
            archive.write(batch(key("domain-blocks"), Fixtures.list("domain_blocks.json", DomainName.class)));
            archive.write(batch(key("lists"), Fixtures.list("list.json", MastodonList.class)));
            archive.write(batch(key("followed-tags"), Fixtures.list("followed_tags.json", Tag.class)));
            archive.write(batch(key("filters"), List.of(Fixtures.one("filter.json", Filter.class))));
            archive.write(batch(key("scheduled"), List.of(Fixtures.one("scheduled_status.json", ScheduledStatus.class))));
            archive.write(batch(key("polls:" + poll.id()), List.of(Fixtures.one("poll.json", Poll.class))));
            archive.write(batch(key("edits:117024236332527350"), Fixtures.list("status_history.json", StatusEdit.class)));
            archive.write(batch(key("conversations"), List.of(Fixtures.one("conversation.json", Conversation.class))));
            archive.recordWriteAction(new WriteAction(INSTANCE, OWNER, "block", "117020617136550219",
                    "{\"id\":\"117020617136550219\"}", "{\"blocking\":true}", "ok", Instant.parse("2026-08-01T13:00:00Z")));
        }
    }

    static CollectionKey key(String collection) {
        return new CollectionKey(INSTANCE, OWNER, collection);
    }

    static Batch batch(CollectionKey key, List<? extends Entity> items) {
        return new Batch(key, items, Optional.empty(), Optional.empty());
    }

    static Map<String, Object> single(String sql, Object... parameters) {
        List<Map<String, Object>> rows = Duck.query(root, sql, parameters);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    static Instant instant(Object value) {
        return ((OffsetDateTime) value).toInstant();
    }

    @Test
    void statusKeepsItsTypedColumnsAndExactRawJson() {
        Map<String, Object> row = single("SELECT * FROM {statuses} WHERE id = ?", full.id());
        assertThat(row.get("raw")).isEqualTo(Fixtures.text("status_full.json"));
        assertThat(row.get("instance")).isEqualTo(INSTANCE);
        assertThat(row.get("uri")).isEqualTo(full.uri());
        assertThat(instant(row.get("created_at"))).isEqualTo(full.createdAt());
        assertThat(row.get("account_id")).isEqualTo(full.account().id());
        assertThat(row.get("content")).isEqualTo(full.content());
        assertThat(row.get("visibility")).isEqualTo(full.visibility());
        assertThat(row.get("favourites_count")).isEqualTo(full.favouritesCount());
        assertThat(row.get("date").toString()).isEqualTo(full.createdAt().toString().substring(0, 10));
        assertThat(row.get("deleted_at")).isNull();
    }

    @Test
    void statusNestedListsAreQueryable() {
        Map<String, Object> row = single("SELECT len(mentions) AS mentions, mentions[1].acct AS acct, tags[1].name AS tag,"
                + " emojis[1].shortcode AS emoji, len(media) AS media, media[1].type AS media_type,"
                + " media[1].id AS media_id FROM {statuses} WHERE id = ?", full.id());
        assertThat(row.get("mentions")).isEqualTo((long) full.mentions().size());
        assertThat(row.get("acct")).isEqualTo(full.mentions().get(0).acct());
        assertThat(row.get("tag")).isEqualTo("ringtones");
        assertThat(row.get("emoji")).isEqualTo("blobcat");
        assertThat(row.get("media")).isEqualTo((long) full.mediaAttachments().size());
        assertThat(row.get("media_type")).isEqualTo(full.mediaAttachments().get(0).type());
        assertThat(row.get("media_id")).isEqualTo(full.mediaAttachments().get(0).id());
    }

    @Test
    void boostAndItsStatusAreBothArchived() {
        Map<String, Object> outer = single("SELECT reblog_of_id, raw FROM {statuses} WHERE id = ?", boost.id());
        assertThat(outer.get("reblog_of_id")).isEqualTo(boost.reblog().id());
        assertThat(outer.get("raw")).isEqualTo(Fixtures.text("status_reblog.json"));
        Map<String, Object> inner = single("SELECT raw FROM {statuses} WHERE id = ?", boost.reblog().id());
        assertThat(inner.get("raw")).isEqualTo(boost.reblog().raw());
    }

    @Test
    void authorsAreArchivedAsAccounts() {
        Account author = full.account();
        // the author appears with other counts in other recordings: each is a version of the account
        Map<String, Object> row = single("SELECT * FROM {accounts} WHERE id = ? AND statuses_count = ?",
                author.id(), author.statusesCount());
        assertThat(row.get("acct")).isEqualTo(author.acct());
        assertThat(row.get("username")).isEqualTo(author.username());
        assertThat(row.get("locked")).isEqualTo(author.locked());
        assertThat(row.get("followers_count")).isEqualTo(author.followersCount());
        assertThat(instant(row.get("created_at"))).isEqualTo(author.createdAt());
        assertThat(row.get("raw")).isEqualTo(author.raw());
    }

    @Test
    void mediaOfAStatusAreArchived() {
        List<Map<String, Object>> rows = Duck.query(root, "SELECT * FROM {media} WHERE status_id = ? ORDER BY id", full.id());
        assertThat(rows).hasSize(full.mediaAttachments().size());
        assertThat(rows).extracting(r -> r.get("raw"))
                .containsExactlyInAnyOrderElementsOf(full.mediaAttachments().stream().map(Entity::raw).toList());
        assertThat(rows.get(0).get("local_file")).isNull();
    }

    @Test
    void pollsKeepTheirLatestVersion() {
        List<Map<String, Object>> rows = Duck.query(root, "SELECT raw, votes_count, options[2].title AS second, status_id"
                + " FROM {polls} WHERE id = ? ORDER BY last_seen DESC", poll.poll().id());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("raw")).isEqualTo(Fixtures.text("poll.json"));
        assertThat(rows.get(0).get("votes_count")).isEqualTo(1L);
        assertThat(rows.get(0).get("second")).isEqualTo("sixty-nine");
        assertThat(rows.get(1).get("raw")).isEqualTo(poll.poll().raw());
        assertThat(rows.get(1).get("status_id")).isEqualTo(poll.id());
    }

    @Test
    void timelineEntriesNameTheirTimelineAndOwner() {
        List<Map<String, Object>> rows = Duck.query(root,
                "SELECT owner_id, timeline, status_id FROM {timeline_entries} ORDER BY status_id");
        assertThat(rows).extracting(r -> r.get("status_id")).containsExactlyInAnyOrder(full.id(), poll.id(), boost.id());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("owner_id")).isEqualTo(OWNER);
            assertThat(r.get("timeline")).isEqualTo("home");
        });
    }

    @Test
    void favouritesAndBookmarksKeepThePageCursor() {
        assertThat(single("SELECT status_id, cursor FROM {favourites}"))
                .containsEntry("status_id", full.id()).containsEntry("cursor", "cursor-9");
        assertThat(single("SELECT status_id, cursor FROM {bookmarks}"))
                .containsEntry("status_id", poll.id()).containsEntry("cursor", "cursor-3");
    }

    @Test
    void notificationsKeepRawJsonAndTheirStatus() {
        List<Notification> notifications = Fixtures.list("notifications.json", Notification.class);
        List<Map<String, Object>> rows = Duck.query(root, "SELECT * FROM {notifications} ORDER BY id");
        assertThat(rows).hasSize(notifications.size());
        Notification first = notifications.get(0);
        Map<String, Object> row = rows.stream().filter(r -> r.get("id").equals(first.id())).findFirst().orElseThrow();
        assertThat(row.get("raw")).isEqualTo(first.raw());
        assertThat(row.get("type")).isEqualTo(first.type());
        assertThat(row.get("owner_id")).isEqualTo(OWNER);
        assertThat(instant(row.get("created_at"))).isEqualTo(first.createdAt());
    }

    @Test
    void accountCollectionsBecomeRelations() {
        List<Account> accounts = Fixtures.list("accounts.json", Account.class);
        String someone = accounts.get(0).id();
        assertThat(single("SELECT * FROM {follows} WHERE follower_id = ?", someone)).containsEntry("followed_id", OWNER);
        assertThat(single("SELECT * FROM {follows} WHERE followed_id = ?", someone)).containsEntry("follower_id", OWNER);
        assertThat(single("SELECT owner_id FROM {blocks} WHERE account_id = ?", someone)).containsEntry("owner_id", OWNER);
        assertThat(single("SELECT owner_id FROM {mutes} WHERE account_id = ?", someone)).containsEntry("owner_id", OWNER);
        assertThat(single("SELECT list_id, ended_at FROM {list_members} WHERE account_id = ?", someone))
                .containsEntry("list_id", "3").containsEntry("ended_at", null);
        assertThat(single("SELECT kind, status_id FROM {status_interactions} WHERE account_id = ?", someone))
                .containsEntry("kind", "favourite").containsEntry("status_id", poll.id());
    }

    @Test
    void domainBlocksListsTagsFiltersAndScheduledStatusesRoundTrip() {
        assertThat(Duck.query(root, "SELECT domain FROM {domain_blocks} ORDER BY domain"))
                .extracting(r -> r.get("domain")).containsExactly("nitter.example", "spam.example");
        assertThat(single("SELECT title, replies_policy, exclusive, raw FROM {lists}"))
                .containsEntry("title", "ham burglars").containsEntry("replies_policy", "list")
                .containsEntry("exclusive", false)
                .containsEntry("raw", Fixtures.list("list.json", MastodonList.class).get(0).raw());
        assertThat(single("SELECT name, url, raw FROM {followed_tags}"))
                .containsEntry("name", "heeho")
                .containsEntry("raw", Fixtures.list("followed_tags.json", Tag.class).get(0).raw());
        assertThat(single("SELECT title, filter_action, expires_at, raw FROM {filters}"))
                .containsEntry("title", "Test Filter").containsEntry("filter_action", "warn")
                .containsEntry("expires_at", null).containsEntry("raw", Fixtures.text("filter.json"));
        Map<String, Object> scheduled = single("SELECT scheduled_at, raw FROM {scheduled_statuses}");
        assertThat(instant(scheduled.get("scheduled_at"))).isEqualTo(Instant.parse("2026-08-02T10:00:00Z"));
        assertThat(scheduled.get("raw")).isEqualTo(Fixtures.text("scheduled_status.json"));
    }

    @Test
    void editHistoryAndConversationsRoundTrip() {
        StatusEdit revision = Fixtures.list("status_history.json", StatusEdit.class).get(0);
        Map<String, Object> edit = single("SELECT * FROM {status_edits} WHERE status_id = '117024236332527350'");
        assertThat(edit.get("content")).isEqualTo("<p>only real cars respond.</p>");
        assertThat(instant(edit.get("created_at"))).isEqualTo(revision.createdAt());
        assertThat(edit.get("raw")).isEqualTo(revision.raw());
        Conversation conversation = Fixtures.one("conversation.json", Conversation.class);
        Map<String, Object> row = single("SELECT * FROM {conversations}");
        assertThat(row.get("id")).isEqualTo(conversation.id());
        assertThat(row.get("last_status_id")).isEqualTo(conversation.lastStatus().id());
        assertThat(row.get("raw")).isEqualTo(Fixtures.text("conversation.json"));
        assertThat(single("SELECT id FROM {statuses} WHERE id = ?", conversation.lastStatus().id())).isNotEmpty();
    }

    @Test
    void writeActionsAreAudited() {
        Map<String, Object> row = single("SELECT * FROM {write_actions}");
        assertThat(row).containsEntry("action", "block").containsEntry("target_id", "117020617136550219")
                .containsEntry("outcome", "ok").containsEntry("instance", INSTANCE);
        assertThat(instant(row.get("at"))).isEqualTo(Instant.parse("2026-08-01T13:00:00Z"));
        assertThat((Long) row.get("id")).isPositive();
    }

    @Test
    void checkpointsSurviveReopening() {
        try (ParquetStore archive = ParquetStore.open(root, ParquetOptions.defaults())) {
            assertThat(archive.checkpoint(key("home"))).hasValueSatisfying(c -> {
                assertThat(c.cursor()).isEqualTo(full.id());
                assertThat(c.state()).isEqualTo("walking");
            });
            assertThat(archive.counts()).anySatisfy(count -> {
                assertThat(count.table()).isEqualTo("statuses");
                assertThat(count.instance()).isEqualTo(INSTANCE);
            });
        }
    }
}
