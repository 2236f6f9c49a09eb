package dev.permafrost.store;

import static dev.permafrost.store.StoreFixtures.edited;
import static dev.permafrost.store.StoreFixtures.list;
import static dev.permafrost.store.StoreFixtures.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.model.Account;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ArchiveTest {
    static final String INSTANCE = "localhost:3000";
    static final String ME = "117020565966271181";
    static final CollectionKey HOME = new CollectionKey(INSTANCE, ME, "home");
    static final Instant START = Instant.parse("2026-08-02T06:00:00Z");

    @TempDir
    Path dir;
    Path path;
    TestClock clock;
    H2Archive archive;

    @BeforeEach
    void open() {
        path = dir.resolve("archive");
        clock = new TestClock(START);
        archive = H2Archive.open(path, "", clock);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    static Batch batch(CollectionKey key, List<? extends Entity> items) {
        return new Batch(key, items, Optional.empty(), Optional.empty());
    }

    Map<String, Object> status(String id) {
        return Db.single(path, "SELECT * FROM statuses WHERE instance = ? AND id = ?", INSTANCE, id);
    }

    @Test
    void aPageOfStatusesIsStoredWithItsAuthorsPollAndTimelineEntries() {
        List<Status> page = list("statuses_public_timeline.json", Status.class);

        archive.write(batch(HOME, page));

        assertThat(Db.count(path, "statuses")).isEqualTo(8);
        assertThat(Db.count(path, "timeline_entries")).isEqualTo(8);
        assertThat(Db.count(path, "polls")).isEqualTo(1);
        long authors = page.stream().map(status -> status.account().id()).distinct().count();
        assertThat(Db.count(path, "accounts")).isEqualTo(authors);
        assertThat(Db.query(path, "SELECT owner_id, timeline FROM timeline_entries"))
                .allSatisfy(row -> assertThat(row).containsEntry("owner_id", ME).containsEntry("timeline", "home"));
    }

    @Test
    void writingTheSameBatchAgainDuplicatesNothingAndKeepsFirstSeen() {
        List<Status> page = list("statuses_public_timeline.json", Status.class);
        archive.write(batch(HOME, page));
        clock.advance(Duration.ofMinutes(5));

        archive.write(batch(HOME, page));

        assertThat(Db.count(path, "statuses")).isEqualTo(8);
        assertThat(Db.count(path, "timeline_entries")).isEqualTo(8);
        assertThat(Db.count(path, "polls")).isEqualTo(1);
        Map<String, Object> row = status(page.get(0).id());
        assertThat(row.get("first_seen")).isEqualTo(START);
        assertThat(row.get("last_seen")).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aNewerEditReplacesTheRowAndMovesTheArchivedVersionToTheHistory() {
        Status before = one("status_before_edit.json", Status.class);
        Status after = one("status_after_edit.json", Status.class);
        archive.write(batch(HOME, List.of(before)));
        clock.advance(Duration.ofMinutes(1));

        archive.write(batch(HOME, List.of(after)));

        Map<String, Object> row = status(after.id());
        assertThat(row.get("content")).isEqualTo("<p>only real animals respond.</p>");
        assertThat(row.get("edited_at")).isEqualTo(after.editedAt());
        assertThat(row.get("raw")).isEqualTo(after.raw());
        assertThat(row.get("first_seen")).isEqualTo(START);
        Map<String, Object> history = Db.single(path, "SELECT * FROM status_edits WHERE status_id = ?", after.id());
        assertThat(history.get("created_at")).isEqualTo(before.createdAt());
        assertThat(history.get("content")).isEqualTo("<p>only real cars respond.</p>");
        assertThat(history.get("raw")).isEqualTo(before.raw());
    }

    @Test
    void anOlderVersionSeenAfterANewerOneDoesNotReplaceIt() {
        Status before = one("status_before_edit.json", Status.class);
        Status after = one("status_after_edit.json", Status.class);
        archive.write(batch(HOME, List.of(after)));

        archive.write(batch(HOME, List.of(before)));

        assertThat(status(after.id()).get("raw")).isEqualTo(after.raw());
        assertThat(Db.count(path, "status_edits")).isZero();
    }

    @Test
    void bothVersionsInOneBatchKeepTheNewerAndTheOlderInTheHistory() {
        Status before = one("status_before_edit.json", Status.class);
        Status after = one("status_after_edit.json", Status.class);

        archive.write(batch(HOME, List.of(after, before)));

        assertThat(status(after.id()).get("raw")).isEqualTo(after.raw());
        assertThat(Db.single(path, "SELECT raw FROM status_edits").get("raw")).isEqualTo(before.raw());
    }

    @Test
    void theSameVersionSeenAgainRefreshesItsCountsButKeepsTheFirstRaw() {
        Status first = one("status_media.json", Status.class);
        Status later = edited("status_media.json", Status.class, "\"favourites_count\":0", "\"favourites_count\":7");
        archive.write(batch(HOME, List.of(first)));
        clock.advance(Duration.ofHours(2));

        archive.write(batch(HOME, List.of(later)));

        Map<String, Object> row = status(first.id());
        assertThat(row.get("favourites_count")).isEqualTo(7L);
        assertThat(row.get("last_seen")).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(row.get("raw")).isEqualTo(first.raw());
        assertThat(Db.count(path, "status_edits")).isZero();
    }

    @Test
    void aBoostStoresTheBoostedStatusAndLinksOnlyTheBoost() {
        Status boost = one("status_reblog.json", Status.class);

        archive.write(batch(HOME, List.of(boost)));

        assertThat(status(boost.id()).get("reblog_of_id")).isEqualTo(boost.reblog().id());
        assertThat(status(boost.reblog().id()).get("raw")).isEqualTo(boost.reblog().raw());
        assertThat(Db.query(path, "SELECT status_id FROM timeline_entries"))
                .containsExactly(Map.of("status_id", boost.id()));
        assertThat(Db.query(path, "SELECT id FROM accounts ORDER BY id"))
                .extracting(row -> row.get("id"))
                .containsExactlyInAnyOrder(List.of(boost.account().id(), boost.reblog().account().id())
                        .stream().distinct().toArray());
    }

    @Test
    void mediaAttachmentsGetARowEachLinkedToTheirStatus() {
        Status status = one("status_media.json", Status.class);

        archive.write(batch(HOME, List.of(status)));

        assertThat(Db.query(path, "SELECT id, status_id, type FROM media ORDER BY id")).containsExactly(
                Map.of("id", "117020576646493592", "status_id", status.id(), "type", "image"),
                Map.of("id", "117020576661238952", "status_id", status.id(), "type", "image"));
    }

    @Test
    void aDeletedStatusKeepsItsRowWithDeletedAtEvenWhenSeenAgain() {
        Status status = one("status_media.json", Status.class);
        archive.write(batch(HOME, List.of(status)));
        Instant deletedAt = Instant.parse("2026-08-02T07:00:00Z");

        archive.recordDeletion(INSTANCE, status.id(), deletedAt);
        archive.write(batch(HOME, List.of(status)));

        Map<String, Object> row = status(status.id());
        assertThat(row.get("deleted_at")).isEqualTo(deletedAt);
        assertThat(row.get("raw")).isEqualTo(status.raw());
    }

    @Test
    void aDeletionOfAStatusNeverArchivedAddsNoRow() {
        archive.recordDeletion(INSTANCE, "404", Instant.parse("2026-08-02T07:00:00Z"));

        assertThat(Db.count(path, "statuses")).isZero();
    }

    @Test
    void statusesOfTwoInstancesWithTheSameIdStayApart() {
        Status here = one("status_media.json", Status.class);
        Status there = edited("status_media.json", Status.class, "LOL check this out", "LOL from elsewhere");
        CollectionKey elsewhere = new CollectionKey("other.example", ME, "home");

        archive.write(batch(HOME, List.of(here)));
        archive.write(batch(elsewhere, List.of(there)));

        assertThat(Db.query(path, "SELECT instance, raw FROM statuses WHERE id = ? ORDER BY instance", here.id()))
                .containsExactly(Map.of("instance", INSTANCE, "raw", here.raw()),
                        Map.of("instance", "other.example", "raw", there.raw()));
        assertThat(Db.query(path, "SELECT instance FROM accounts WHERE id = ? ORDER BY instance", here.account().id()))
                .hasSize(2);
        assertThat(archive.counts()).contains(new TableCount("statuses", INSTANCE, 1),
                new TableCount("statuses", "other.example", 1));
    }

    @Test
    void aChangedProfileUpdatesTheAccountAndKeepsFirstSeen() {
        CollectionKey following = new CollectionKey(INSTANCE, ME, "following");
        List<Account> accounts = list("accounts.json", Account.class);
        archive.write(batch(following, accounts));
        clock.advance(Duration.ofMinutes(3));
        List<Account> renamed = StoreFixtures.JSON.readList(new String(StoreFixtures.bytes("accounts.json"),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"display_name\":\"\"", "\"display_name\":\"Renamed\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Account.class);

        archive.write(batch(following, renamed));

        Map<String, Object> row = Db.single(path, "SELECT * FROM accounts WHERE id = ?", renamed.get(1).id());
        assertThat(row.get("display_name")).isEqualTo("Renamed");
        assertThat(row.get("raw")).isEqualTo(renamed.get(1).raw());
        assertThat(row.get("first_seen")).isEqualTo(START);
        assertThat(row.get("last_seen")).isEqualTo(START.plus(Duration.ofMinutes(3)));
    }

    @Test
    void anAccountSeenAgainUnchangedKeepsItsRowForAnHourThenGetsANewLastSeen() {
        CollectionKey following = new CollectionKey(INSTANCE, ME, "following");
        Account account = list("accounts.json", Account.class).get(0);
        archive.write(batch(following, List.of(account)));
        clock.advance(Duration.ofMinutes(59));
        archive.write(batch(following, List.of(account)));
        String sql = "SELECT last_seen FROM accounts WHERE id = ?";
        assertThat(Db.single(path, sql, account.id()).get("last_seen")).isEqualTo(START);
        clock.advance(Duration.ofMinutes(2));

        archive.write(batch(following, List.of(account)));

        assertThat(Db.single(path, sql, account.id()).get("last_seen")).isEqualTo(START.plus(Duration.ofMinutes(61)));
    }

    @Test
    void aKnownStatusSeenInAnotherTimelineGetsAnEntryThere() {
        List<Status> page = list("statuses_public_timeline.json", Status.class);
        archive.write(batch(HOME, page));

        archive.write(batch(new CollectionKey(INSTANCE, "", "public"), page.subList(0, 3)));

        assertThat(Db.query(path, "SELECT timeline, COUNT(*) AS n FROM timeline_entries GROUP BY timeline ORDER BY timeline"))
                .containsExactly(Map.of("timeline", "home", "n", 8L), Map.of("timeline", "public", "n", 3L));
    }

    @Test
    void aLinkLeftFromAStatusRowDeletedByHandIsKeptAndNotDuplicated() throws Exception {
        Status status = one("status_media.json", Status.class);
        archive.write(batch(HOME, List.of(status)));
        try (var connection = Db.connect(path); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM statuses");
        }

        archive.write(batch(HOME, List.of(status)));

        assertThat(Db.count(path, "statuses")).isEqualTo(1);
        assertThat(Db.count(path, "timeline_entries")).isEqualTo(1);
    }

    @Test
    void relationsKeepFirstSeenLastSeenAndEndWhenAFullWalkMissesThem() {
        CollectionKey followers = new CollectionKey(INSTANCE, ME, "followers");
        List<Account> accounts = list("accounts.json", Account.class);
        archive.write(batch(followers, accounts));
        clock.advance(Duration.ofHours(1));
        Instant walkStarted = clock.instant();
        clock.advance(Duration.ofSeconds(1));

        archive.write(batch(followers, accounts.subList(0, 1)));
        clock.advance(Duration.ofSeconds(1));
        archive.finishWalk(followers, walkStarted);

        Map<String, Object> stays = follow(accounts.get(0).id());
        assertThat(stays.get("first_seen")).isEqualTo(START);
        assertThat(stays.get("last_seen")).isEqualTo(walkStarted.plusSeconds(1));
        assertThat(stays.get("ended_at")).isNull();
        Map<String, Object> gone = follow(accounts.get(1).id());
        assertThat(gone.get("last_seen")).isEqualTo(START);
        assertThat(gone.get("ended_at")).isEqualTo(walkStarted.plusSeconds(2));
    }

    @Test
    void anEndedRelationThatReappearsStandsAgainWithItsFirstSeen() {
        CollectionKey followers = new CollectionKey(INSTANCE, ME, "followers");
        List<Account> accounts = list("accounts.json", Account.class);
        archive.write(batch(followers, accounts));
        clock.advance(Duration.ofHours(1));
        archive.finishWalk(followers, clock.instant());
        assertThat(follow(accounts.get(1).id()).get("ended_at")).isNotNull();
        clock.advance(Duration.ofHours(1));

        archive.write(batch(followers, accounts));

        Map<String, Object> back = follow(accounts.get(1).id());
        assertThat(back.get("ended_at")).isNull();
        assertThat(back.get("first_seen")).isEqualTo(START);
        assertThat(back.get("last_seen")).isEqualTo(START.plus(Duration.ofHours(2)));
    }

    @Test
    void followingAndFollowersWriteTheSameRelationFromEitherSide() {
        Account other = list("accounts.json", Account.class).get(0);
        archive.write(batch(new CollectionKey(INSTANCE, ME, "following"), List.of(other)));
        archive.write(batch(new CollectionKey(INSTANCE, other.id(), "followers"),
                List.of(one("status_media.json", Status.class).account())));

        assertThat(Db.query(path, "SELECT follower_id, followed_id FROM follows"))
                .containsExactly(Map.of("follower_id", ME, "followed_id", other.id()));
    }

    @Test
    void finishWalkOfATimelineIsRefused() {
        assertThatThrownBy(() -> archive.finishWalk(HOME, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a relationship collection");
    }

    private Map<String, Object> follow(String follower) {
        return Db.single(path, "SELECT * FROM follows WHERE instance = ? AND follower_id = ? AND followed_id = ?",
                INSTANCE, follower, ME);
    }

    @Test
    void theCheckpointMovesWithItsBatchAndReadsBack() {
        Checkpoint checkpoint = new Checkpoint(HOME, "117020593134559451", "backfill:117020574694606796",
                Instant.parse("2026-08-02T06:01:02.345678Z"));

        archive.write(new Batch(HOME, list("statuses_public_timeline.json", Status.class), Optional.empty(),
                Optional.of(checkpoint)));

        assertThat(archive.checkpoint(HOME)).contains(checkpoint);
        assertThat(archive.checkpoints()).containsExactly(checkpoint);
        assertThat(archive.checkpoint(new CollectionKey(INSTANCE, ME, "notifications"))).isEmpty();
    }

    @Test
    void aCheckpointOnlyBatchMovesTheCheckpoint() {
        archive.write(Batch.checkpointOnly(new Checkpoint(HOME, "1", null, START)));
        Checkpoint moved = new Checkpoint(HOME, "2", null, START.plusSeconds(1));

        archive.write(Batch.checkpointOnly(moved));

        assertThat(archive.checkpoints()).containsExactly(moved);
    }

    @Test
    void aBatchWithItemsOfTheWrongTypeIsRejectedAndStoresNothing() {
        List<Entity> mixed = new ArrayList<>(list("statuses_public_timeline.json", Status.class));
        mixed.add(list("accounts.json", Account.class).get(0));

        assertThatThrownBy(() -> archive.write(new Batch(HOME, mixed, Optional.empty(),
                Optional.of(new Checkpoint(HOME, "9", null, START)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds Status items, but the batch has a Account");
        assertThat(Db.count(path, "statuses")).isZero();
        assertThat(archive.checkpoint(HOME)).isEmpty();
    }

    @Test
    void aListMembersBatchWithoutTheListIdIsRejected() {
        assertThatThrownBy(() -> archive.write(batch(new CollectionKey(INSTANCE, ME, "list-members"),
                list("accounts.json", Account.class))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the list id");
    }

    @Test
    void writeActionsAreAppendedToTheAuditLog() {
        WriteAction action = new WriteAction(INSTANCE, ME, "block", "117020457910412882", "{}", "{\"blocking\":true}",
                "ok", START);

        archive.recordWriteAction(action);
        archive.recordWriteAction(action);

        assertThat(Db.query(path, "SELECT id, action, outcome FROM write_actions ORDER BY id")).containsExactly(
                Map.of("id", 1L, "action", "block", "outcome", "ok"),
                Map.of("id", 2L, "action", "block", "outcome", "ok"));
    }

    @Test
    void severalThreadsWritingThroughOneArchiveLoseNothing() throws Exception {
        Status template = one("status_media.json", Status.class);
        int threads = 4;
        int batches = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(() -> {
                    CollectionKey key = new CollectionKey(INSTANCE, ME, "tag:t" + thread);
                    for (int b = 0; b < batches; b++) {
                        List<Status> statuses = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            String id = "9" + thread + "0" + b + "0" + i;
                            statuses.add(edited("status_media.json", Status.class,
                                    "\"id\":\"" + template.id() + "\"", "\"id\":\"" + id + "\""));
                        }
                        archive.write(new Batch(key, statuses, Optional.empty(),
                                Optional.of(new Checkpoint(key, Integer.toString(b), null, START))));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(Db.count(path, "statuses")).isEqualTo(threads * batches * 20);
        assertThat(Db.count(path, "timeline_entries")).isEqualTo(threads * batches * 20);
        assertThat(Db.count(path, "accounts")).isEqualTo(1);
        assertThat(archive.checkpoints()).extracting(Checkpoint::cursor).containsOnly("9");
    }

    @Test
    void aClosedArchiveRefusesWritesAndClosesAgainQuietly() {
        archive.close();

        archive.close();
        assertThatThrownBy(() -> archive.write(batch(HOME, List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }
}
