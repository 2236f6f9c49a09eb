package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Account;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upserts over immutable files: re-crawls, edits, deletions, relationship walks, colliding IDs. */
class ParquetUpsertTest {
    static final String INSTANCE = "localhost:3000";
    static final String OWNER = "117020565966271181";
    /** The one-line query of the README that picks the current version of every status. */
    static final String LATEST_STATUSES = "SELECT * FROM {statuses}"
            + " QUALIFY row_number() OVER (PARTITION BY instance, id ORDER BY last_seen DESC) = 1";

    @TempDir
    Path root;

    ParquetStore open() {
        return ParquetStore.open(root, ParquetOptions.defaults());
    }

    static CollectionKey key(String instance, String collection) {
        return new CollectionKey(instance, OWNER, collection);
    }

    static Batch batch(CollectionKey key, List<? extends Entity> items) {
        return new Batch(key, items, Optional.empty(), Optional.empty());
    }

    /** The recorded account with another id and name: a second, distinct account. */
    static Account otherAccount(Account account) {
        return Fixtures.parse(account.raw().replace(account.id(), "117020999999999999")
                .replace("\"username\":\"" + account.username(), "\"username\":\"second"), Account.class);
    }

    @Test
    void recrawlingTheSamePageWritesNothingNew() {
        Status status = Fixtures.one("status_full.json", Status.class);
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(status)));
            archive.flush();
            archive.write(batch(key(INSTANCE, "home"), List.of(status)));
        }
        try (ParquetStore archive = open()) { // a new process: the index comes from the files
            archive.write(batch(key(INSTANCE, "home"), List.of(status)));
        }
        assertThat(Duck.count(root, "statuses")).isEqualTo(1);
        assertThat(Duck.count(root, "accounts")).isEqualTo(1);
        assertThat(Duck.count(root, "media")).isEqualTo(status.mediaAttachments().size());
        assertThat(Duck.count(root, "timeline_entries")).isEqualTo(1);
    }

    @Test
    void changedCountsAddAVersionAndTheLatestQueryShowsIt() {
        String original = Fixtures.text("status_full.json");
        Status before = Fixtures.parse(original, Status.class);
        Status after = Fixtures.parse(original.replace("\"favourites_count\":0", "\"favourites_count\":7"), Status.class);
        assertThat(after.favouritesCount()).isEqualTo(7);
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(before)));
            archive.write(batch(key(INSTANCE, "home"), List.of(after)));
        }
        assertThat(Duck.count(root, "statuses")).isEqualTo(2);
        List<Map<String, Object>> latest = Duck.query(root, LATEST_STATUSES);
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).get("favourites_count")).isEqualTo(7L);
        assertThat(latest.get(0).get("first_seen")).isNotEqualTo(latest.get(0).get("last_seen"));
        assertThat(Duck.count(root, "status_edits")).isZero();
    }

    @Test
    void anEditReplacesTheStatusForReadersAndKeepsTheOldVersionAsARevision() {
        Status before = Fixtures.one("status_before_edit.json", Status.class);
        Status edited = Fixtures.one("status_edited.json", Status.class);
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(before)));
            archive.write(batch(key(INSTANCE, "home"), List.of(edited))); // same process, uncommitted before
        }
        List<Map<String, Object>> latest = Duck.query(root, LATEST_STATUSES);
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).get("content")).isEqualTo("<p>only real animals respond.</p>");
        assertThat(latest.get(0).get("raw")).isEqualTo(Fixtures.text("status_edited.json"));
        List<Map<String, Object>> revisions = Duck.query(root, "SELECT * FROM {status_edits}");
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("status_id")).isEqualTo(before.id());
        assertThat(revisions.get(0).get("content")).isEqualTo("<p>only real cars respond.</p>");
        assertThat(((OffsetDateTime) revisions.get(0).get("created_at")).toInstant()).isEqualTo(before.createdAt());
        assertThat(revisions.get(0).get("raw")).isEqualTo(Fixtures.text("status_before_edit.json"));
    }

    @Test
    void anEditSeenByALaterProcessReadsTheArchivedVersionFromItsFile() {
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(Fixtures.one("status_before_edit.json", Status.class))));
        }
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(Fixtures.one("status_edited.json", Status.class))));
            archive.write(batch(key(INSTANCE, "home"), List.of(Fixtures.one("status_edited.json", Status.class))));
        }
        assertThat(Duck.query(root, "SELECT content FROM {status_edits}"))
                .extracting(r -> r.get("content")).containsExactly("<p>only real cars respond.</p>");
        assertThat(Duck.count(root, "statuses")).isEqualTo(2);
    }

    @Test
    void aDeletionLeavesATombstoneThatLaterCrawlsDoNotUndo() {
        Status status = Fixtures.one("status_full.json", Status.class);
        Instant deletedAt = Instant.parse("2026-08-03T09:00:00Z");
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(status)));
            archive.recordDeletion(INSTANCE, status.id(), deletedAt);
            archive.recordDeletion(INSTANCE, status.id(), deletedAt.plusSeconds(5));
            archive.recordDeletion(INSTANCE, "999999", deletedAt); // never archived: nothing to mark
        }
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(status)));
        }
        assertThat(Duck.count(root, "statuses")).isEqualTo(2);
        List<Map<String, Object>> latest = Duck.query(root, LATEST_STATUSES);
        assertThat(latest).hasSize(1);
        assertThat(((OffsetDateTime) latest.get(0).get("deleted_at")).toInstant()).isEqualTo(deletedAt);
        assertThat(latest.get(0).get("raw")).isEqualTo(Fixtures.text("status_full.json"));
        assertThat(latest.get(0).get("content")).isEqualTo(status.content());
    }

    @Test
    void aRelationMissingFromACompleteWalkEndsAndReappearsLater() {
        Account stays = Fixtures.list("accounts.json", Account.class).get(0);
        Account leaves = otherAccount(stays);
        CollectionKey followers = key(INSTANCE, "followers");
        try (ParquetStore archive = open()) {
            Instant first = Instant.now();
            archive.write(batch(followers, List.of(stays, leaves)));
            archive.finishWalk(followers, first);
            Instant second = Instant.now();
            archive.write(batch(followers, List.of(stays)));
            archive.finishWalk(followers, second);
        }
        String latest = "SELECT follower_id, ended_at FROM {follows}"
                + " QUALIFY row_number() OVER (PARTITION BY instance, follower_id, followed_id ORDER BY last_seen DESC) = 1"
                + " ORDER BY follower_id";
        assertThat(Duck.query(root, latest)).anySatisfy(r -> {
            assertThat(r.get("follower_id")).isEqualTo(leaves.id());
            assertThat(r.get("ended_at")).isNotNull();
        }).anySatisfy(r -> {
            assertThat(r.get("follower_id")).isEqualTo(stays.id());
            assertThat(r.get("ended_at")).isNull();
        });
        try (ParquetStore archive = open()) { // a later run: the index of relations comes from the files
            Instant third = Instant.now();
            archive.write(batch(followers, List.of(stays, leaves)));
            archive.finishWalk(followers, third);
        }
        assertThat(Duck.query(root, latest)).allSatisfy(r -> assertThat(r.get("ended_at")).isNull()).hasSize(2);
        assertThat(Duck.query(root, "SELECT ended_at, first_seen FROM {follows} WHERE follower_id = ? ORDER BY last_seen",
                leaves.id())).hasSize(3).satisfies(history -> {
                    assertThat(history.get(0).get("ended_at")).isNull();
                    assertThat(history.get(1).get("ended_at")).isNotNull();
                    assertThat(history.get(2).get("ended_at")).isNull();
                    assertThat(history).extracting(r -> r.get("first_seen")).containsOnly(history.get(0).get("first_seen"));
                });
    }

    @Test
    void aWalkInterruptedByARestartEndsNothing() {
        Account one = Fixtures.list("accounts.json", Account.class).get(0);
        List<Account> accounts = List.of(one, otherAccount(one));
        CollectionKey followers = key(INSTANCE, "followers");
        Instant started = Instant.now();
        try (ParquetStore archive = open()) {
            archive.write(batch(followers, accounts));
        }
        try (ParquetStore archive = open()) { // the walk resumes after a restart, seeing none of the rows again
            archive.finishWalk(followers, started);
        }
        assertThat(Duck.query(root, "SELECT ended_at FROM {follows}"))
                .hasSize(accounts.size()).allSatisfy(r -> assertThat(r.get("ended_at")).isNull());
    }

    @Test
    void equalIdsOfTwoInstancesStayApart() {
        String json = Fixtures.text("status_full.json");
        Status here = Fixtures.parse(json, Status.class);
        Status there = Fixtures.parse(json.replace("only", "elsewhere"), Status.class);
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(here)));
            archive.write(batch(key("mastodon.example", "home"), List.of(there)));
        }
        List<Map<String, Object>> rows = Duck.query(root, "SELECT instance, id, raw FROM {statuses} ORDER BY instance");
        assertThat(rows).extracting(r -> r.get("instance")).containsExactly(INSTANCE, "mastodon.example");
        assertThat(rows).extracting(r -> r.get("id")).containsOnly(here.id());
        assertThat(rows.get(1).get("raw")).isEqualTo(there.raw());
        assertThat(root.resolve("statuses").resolve("instance=localhost%3A3000")).isDirectory();
        assertThat(root.resolve("statuses").resolve("instance=mastodon.example")).isDirectory();
        assertThat(Duck.count(root, "accounts")).isEqualTo(2);
    }

    @Test
    void countsAreDistinctKeysPerInstance() {
        Status status = Fixtures.one("status_full.json", Status.class);
        String changed = Fixtures.text("status_full.json").replace("\"favourites_count\":0", "\"favourites_count\":3");
        try (ParquetStore archive = open()) {
            archive.write(batch(key(INSTANCE, "home"), List.of(status)));
            archive.write(batch(key(INSTANCE, "home"), List.of(Fixtures.parse(changed, Status.class))));
            archive.write(batch(key("other.example", "home"), List.of(status)));
            assertThat(archive.counts()).filteredOn(c -> c.table().equals("statuses"))
                    .extracting(c -> c.instance() + "=" + c.rows())
                    .containsExactly(INSTANCE + "=1", "other.example=1");
        }
    }
}
