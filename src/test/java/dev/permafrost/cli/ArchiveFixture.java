package dev.permafrost.cli;

import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Filter;
import dev.permafrost.model.Json;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Notification;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.WriteAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Fills an archive with a bit of everything a crawl writes, from the realistic fixtures of store/. */
final class ArchiveFixture {
    static final Json JSON = Json.create();
    static final String INSTANCE = "localhost:3000";
    static final String ME = "117020565966271181";
    static final CollectionKey HOME = new CollectionKey(INSTANCE, ME, "home");

    private ArchiveFixture() {}

    static byte[] bytes(String name) {
        try (InputStream in = ArchiveFixture.class.getResourceAsStream("/store/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> list(String name, Class<T> type) {
        return JSON.readList(bytes(name), type);
    }

    static <T> T one(String name, Class<T> type) {
        return JSON.read(bytes(name), type);
    }

    static void write(Archive archive, String collection, List<? extends Entity> items, String cursor) {
        archive.write(new Batch(new CollectionKey(INSTANCE, ME, collection), items, Optional.ofNullable(cursor),
                Optional.empty()));
    }

    /** The page of the public timeline in home, with a checkpoint. */
    static void timeline(Archive archive) {
        archive.write(new Batch(HOME, list("statuses_public_timeline.json", Status.class), Optional.empty(),
                Optional.of(new Checkpoint(HOME, "117020593134559451", null, Instant.parse("2026-08-02T06:00:00Z")))));
    }

    /** Something in every table. */
    static void everything(Archive archive) {
        archive.write(new Batch(HOME, List.of(one("status_before_edit.json", Status.class)), Optional.empty(), Optional.empty()));
        timeline(archive);
        archive.write(new Batch(HOME, List.of(one("status_after_edit.json", Status.class), one("status_reblog.json", Status.class),
                one("status_poll.json", Status.class)), Optional.empty(), Optional.empty()));
        write(archive, "favourites", List.of(one("status_media.json", Status.class)), "4242");
        write(archive, "bookmarks", List.of(one("status_media.json", Status.class)), null);
        List<Account> accounts = list("accounts.json", Account.class);
        CollectionKey followers = new CollectionKey(INSTANCE, ME, "followers");
        write(archive, "followers", accounts, null);
        Instant walk = Instant.now();
        write(archive, "followers", accounts.subList(0, 1), null);
        archive.finishWalk(followers, walk);
        write(archive, "following", accounts, null);
        write(archive, "blocks", accounts.subList(1, 2), null);
        write(archive, "mutes", accounts.subList(0, 1), null);
        write(archive, "list-members:1", accounts, null);
        write(archive, "reblogged-by:117020574416668515", accounts.subList(0, 1), null);
        write(archive, "notifications", list("notifications.json", Notification.class), null);
        write(archive, "conversations", List.of(one("conversation.json", Conversation.class)), null);
        write(archive, "lists", list("lists.json", MastodonList.class), null);
        write(archive, "followed-tags", list("followed_tags.json", Tag.class), null);
        write(archive, "filters", List.of(one("filter.json", Filter.class)), null);
        write(archive, "scheduled", list("scheduled_statuses.json", ScheduledStatus.class), null);
        write(archive, "domain-blocks", list("domain_blocks.json", DomainName.class), null);
        write(archive, "edits:117020586180926938", list("status_history.json", StatusEdit.class), null);
        archive.recordDeletion(INSTANCE, "117020574694606796", Instant.parse("2026-08-02T07:00:00Z"));
        archive.recordWriteAction(new WriteAction(INSTANCE, ME, "block", accounts.get(1).id(), "{}",
                "{\"blocking\":true}", "ok", Instant.parse("2026-08-02T07:30:00Z")));
    }
}
