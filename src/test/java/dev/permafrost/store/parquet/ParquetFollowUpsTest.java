package dev.permafrost.store.parquet;

import dev.permafrost.store.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.model.Entity;
import dev.permafrost.model.Poll;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.PendingMedia;
import dev.permafrost.store.PollRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries that choose the work after a crawl of an account's statuses, in the Parquet archive:
 * the behaviours of {@code H2FollowUpsTest}, plus what versions over immutable files add (sightings,
 * restarts, media versions), read back through the methods and with DuckDB.
 */
class ParquetFollowUpsTest {
    static final String INSTANCE = "localhost:3000";
    static final String ME = "117020565966271181";
    static final CollectionKey STATUSES = new CollectionKey(INSTANCE, ME, "statuses");
    static final CollectionKey HOME = new CollectionKey(INSTANCE, ME, "home");
    static final Instant START = Instant.parse("2026-08-02T06:00:00Z");
    static final String EDITED = "117024236332527350";
    static final String MEDIA_STATUS = "117020576664345360";
    static final String POLL_STATUS = "117020582721532745";
    static final String BOOST = "117020574424543529";
    static final String BOOSTED = "117020574416668515";
    static final String FIRST_MEDIA = "117020576646493592";
    static final String SECOND_MEDIA = "117020576661238952";
    /** The README's current version of every media row (the file's version, once recorded). */
    static final String LATEST_MEDIA = "SELECT * FROM {media}"
            + " QUALIFY row_number() OVER (PARTITION BY instance, id ORDER BY last_seen DESC NULLS LAST) = 1";

    @TempDir
    Path root;
    TestClock clock;
    ParquetStore archive;

    @BeforeEach
    void open() {
        clock = new TestClock(START);
        archive = ParquetStore.open(root, ParquetOptions.defaults(), clock);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private void reopen() {
        archive.close();
        clock.advance(Duration.ofMinutes(1));
        archive = ParquetStore.open(root, ParquetOptions.defaults(), clock);
    }

    static <T> T one(String name, Class<T> type) {
        return Fixtures.JSON.read(bytes(name), type);
    }

    static <T> List<T> list(String name, Class<T> type) {
        return Fixtures.JSON.readList(bytes(name), type);
    }

    /** A fixture of {@code store/} with its text replaced, e.g. a later version of a status. */
    static <T> T edited(String name, Class<T> type, String from, String to) {
        String text = new String(bytes(name), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return Fixtures.JSON.read(text.replace(from, to).getBytes(StandardCharsets.UTF_8), type);
    }

    /** The fixtures shared with the H2 archive's tests, in {@code src/test/resources/store/}. */
    private static byte[] bytes(String name) {
        try (InputStream in = ParquetFollowUpsTest.class.getResourceAsStream("/store/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture store/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(CollectionKey key, List<? extends Entity> items) {
        archive.write(new Batch(key, items, Optional.empty(), Optional.empty()));
    }

    private void writeAll() {
        write(STATUSES, List.of(one("status_after_edit.json", Status.class), one("status_media.json", Status.class),
                one("status_poll.json", Status.class), one("status_reblog.json", Status.class)));
    }

    // --- the behaviours of H2FollowUpsTest ---------------------------------------------------------

    @Test
    void anEditedStatusWithoutRevisionsNeedsItsHistory() {
        writeAll();

        assertThat(archive.statusesWithNewEdits(STATUSES)).containsExactly(EDITED);
    }

    @Test
    void anEditedStatusWhoseNewestRevisionIsArchivedNeedsNothing() {
        writeAll();
        write(new CollectionKey(INSTANCE, ME, "edits:" + EDITED), list("status_history.json", StatusEdit.class));

        assertThat(archive.statusesWithNewEdits(STATUSES)).isEmpty();
    }

    @Test
    void aLaterEditNeedsTheHistoryAgain() {
        writeAll();
        write(new CollectionKey(INSTANCE, ME, "edits:" + EDITED), list("status_history.json", StatusEdit.class));

        write(STATUSES, List.of(edited("status_after_edit.json", Status.class,
                "\"edited_at\":\"2026-08-02T05:22:24.192Z\"", "\"edited_at\":\"2026-08-02T07:00:00.000Z\"")));

        assertThat(archive.statusesWithNewEdits(STATUSES)).containsExactly(EDITED);
    }

    @Test
    void onlyStatusesOfTheTimelineAreConsidered() {
        write(HOME, List.of(one("status_after_edit.json", Status.class)));

        assertThat(archive.statusesWithNewEdits(STATUSES)).isEmpty();
        assertThat(archive.statusesWithNewEdits(HOME)).containsExactly(EDITED);
    }

    @Test
    void originalStatusesLeaveOutBoostsAndDeletedStatuses() {
        writeAll();
        archive.recordDeletion(INSTANCE, POLL_STATUS, START);

        assertThat(archive.originalStatusIds(STATUSES)).containsExactly(MEDIA_STATUS, EDITED); // ordered by id
    }

    @Test
    void aPollIsOpenUntilArchivedExpired() {
        writeAll();
        assertThat(archive.openPolls(STATUSES)).containsExactly(new PollRef("2", POLL_STATUS));

        Poll expired = edited("status_poll.json", Status.class, "\"expired\":false", "\"expired\":true").poll();
        write(new CollectionKey(INSTANCE, ME, "polls:" + POLL_STATUS), List.of(expired));

        assertThat(archive.openPolls(STATUSES)).isEmpty();
    }

    @Test
    void mediaWithoutAFileAreListedUntilTheirFileIsRecorded() {
        writeAll();
        List<PendingMedia> pending = archive.mediaWithoutFile(STATUSES);
        assertThat(pending).extracting(PendingMedia::id).containsExactly(FIRST_MEDIA, SECOND_MEDIA);
        assertThat(pending).allSatisfy(media -> {
            assertThat(media.instance()).isEqualTo(INSTANCE);
            assertThat(media.statusId()).isEqualTo(MEDIA_STATUS);
            assertThat(media.type()).isEqualTo("image");
            assertThat(media.url()).isPresent();
        });

        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "ab/abcd.png", "abcd");

        assertThat(archive.mediaWithoutFile(STATUSES)).extracting(PendingMedia::id).containsExactly(SECOND_MEDIA);
        archive.flush();
        List<Map<String, Object>> latest = Duck.query(root, LATEST_MEDIA + " AND id = ?", FIRST_MEDIA);
        assertThat(latest).singleElement().satisfies(row -> {
            assertThat(row.get("local_file")).isEqualTo("ab/abcd.png");
            assertThat(row.get("sha256")).isEqualTo("abcd");
            assertThat(row.get("status_id")).isEqualTo(MEDIA_STATUS);
            assertThat(row.get("url")).isEqualTo(pending.get(0).url().orElseThrow());
            assertThat(row.get("raw")).isNotNull();
        });
    }

    @Test
    void statusesNotSeenSinceTheWalkStartedAreMarkedDeleted() {
        writeAll();
        clock.advance(Duration.ofMinutes(10));
        Instant walk = clock.instant();
        write(STATUSES, List.of(one("status_media.json", Status.class), one("status_poll.json", Status.class)));

        int marked = archive.markUnseenDeleted(STATUSES, walk, walk.plusSeconds(60));

        assertThat(marked).isEqualTo(2);
        List<Map<String, Object>> deleted = Duck.query(root, ParquetUpsertTest.LATEST_STATUSES
                + " AND deleted_at IS NOT NULL ORDER BY id");
        assertThat(deleted).extracting(row -> row.get("id")).containsExactly(BOOST, EDITED);
        assertThat(deleted).allSatisfy(row -> assertThat(((OffsetDateTime) row.get("deleted_at")).toInstant())
                .isEqualTo(walk.plusSeconds(60)));
        assertThat(archive.originalStatusIds(STATUSES)).containsExactly(MEDIA_STATUS, POLL_STATUS);
    }

    @Test
    void markingDeletionsLeavesStatusesOfOtherTimelinesAlone() {
        write(HOME, List.of(one("status_after_edit.json", Status.class)));
        clock.advance(Duration.ofMinutes(10));

        int marked = archive.markUnseenDeleted(STATUSES, clock.instant(), clock.instant());

        assertThat(marked).isZero();
    }

    // --- what the Parquet design adds ----------------------------------------------------------------

    @Test
    void anUnchangedStatusSeenAgainByTheWalkIsNotMarkedAlthoughItsLastSeenDidNotMove() {
        writeAll();
        archive.flush();
        clock.advance(Duration.ofMinutes(10));
        Instant walk = clock.instant();
        writeAll(); // the same four statuses, unchanged: no version is written

        int marked = archive.markUnseenDeleted(STATUSES, walk, walk);

        assertThat(marked).isZero();
        assertThat(Duck.query(root, "SELECT max(last_seen) AS newest FROM {statuses}").get(0).get("newest"))
                .satisfies(newest -> assertThat(((OffsetDateTime) newest).toInstant()).isBefore(walk));
        assertThat(Duck.count(root, "statuses")).isEqualTo(5); // four and the boosted one, once each
    }

    @Test
    void aWalkThatBeganBeforeARestartMarksNothing() {
        writeAll();
        clock.advance(Duration.ofMinutes(10));
        Instant walk = clock.instant();
        write(STATUSES, List.of(one("status_media.json", Status.class)));
        reopen(); // the walk resumes in a new process, whose memory holds none of its sightings
        write(STATUSES, List.of(one("status_poll.json", Status.class)));

        int marked = archive.markUnseenDeleted(STATUSES, walk, clock.instant());

        assertThat(marked).isZero();
        assertThat(archive.originalStatusIds(STATUSES)).containsExactly(MEDIA_STATUS, POLL_STATUS, EDITED);
        assertThat(Duck.query(root, "SELECT id FROM {statuses} WHERE deleted_at IS NOT NULL")).isEmpty();
    }

    @Test
    void aCompleteWalkAfterARestartMarksWhatItMissed() {
        writeAll();
        reopen();
        Instant walk = clock.instant();
        write(STATUSES, List.of(one("status_media.json", Status.class), one("status_poll.json", Status.class),
                one("status_reblog.json", Status.class)));

        int marked = archive.markUnseenDeleted(STATUSES, walk, walk);

        assertThat(marked).isEqualTo(1);
        assertThat(archive.originalStatusIds(STATUSES)).containsExactly(MEDIA_STATUS, POLL_STATUS);
        assertThat(archive.statusesWithNewEdits(STATUSES)).isEmpty(); // the edited status is gone
    }

    @Test
    void aStatusAlreadyMarkedDeletedIsNotMarkedAgain() {
        writeAll();
        archive.recordDeletion(INSTANCE, EDITED, START);
        clock.advance(Duration.ofMinutes(10));
        Instant walk = clock.instant();
        write(STATUSES, List.of(one("status_media.json", Status.class), one("status_poll.json", Status.class),
                one("status_reblog.json", Status.class)));

        assertThat(archive.markUnseenDeleted(STATUSES, walk, walk)).isZero();
        assertThat(Duck.query(root, "SELECT deleted_at FROM {statuses} WHERE id = ? AND deleted_at IS NOT NULL", EDITED))
                .singleElement().satisfies(row ->
                        assertThat(((OffsetDateTime) row.get("deleted_at")).toInstant()).isEqualTo(START));
    }

    @Test
    void onlyAnAccountsStatusesCanBeMarked() {
        assertThatThrownBy(() -> archive.markUnseenDeleted(HOME, START, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statuses");
    }

    @Test
    void theAnswersComeFromTheFilesAfterARestart() {
        writeAll();
        write(new CollectionKey(INSTANCE, ME, "edits:" + EDITED), list("status_history.json", StatusEdit.class));
        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "ab/abcd.png", "abcd");
        archive.recordDeletion(INSTANCE, BOOST, START);

        reopen();

        assertThat(archive.statusesWithNewEdits(STATUSES)).isEmpty();
        assertThat(archive.originalStatusIds(STATUSES)).containsExactly(MEDIA_STATUS, POLL_STATUS, EDITED);
        assertThat(archive.openPolls(STATUSES)).containsExactly(new PollRef("2", POLL_STATUS));
        assertThat(archive.mediaWithoutFile(STATUSES)).extracting(PendingMedia::id).containsExactly(SECOND_MEDIA);
    }

    @Test
    void recordingTheSameFileAgainAddsNoVersionAndAnotherFileAddsOne() {
        writeAll();
        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "ab/abcd.png", "abcd");
        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "ab/abcd.png", "abcd");
        reopen();
        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "ab/abcd.png", "abcd");
        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "cd/cdef.png", "cdef");
        archive.flush();

        assertThat(Duck.query(root, "SELECT local_file FROM {media} WHERE id = ? ORDER BY last_seen", FIRST_MEDIA))
                .extracting(row -> row.get("local_file")).containsExactly(null, "ab/abcd.png", "cd/cdef.png");
        assertThat(Duck.query(root, LATEST_MEDIA + " AND id = ?", FIRST_MEDIA))
                .extracting(row -> row.get("sha256")).containsExactly("cdef");
        assertThat(Duck.query(root, "SELECT DISTINCT first_seen FROM {media} WHERE id = ?", FIRST_MEDIA)).hasSize(1);
    }

    @Test
    void unknownMediaAreIgnored() {
        writeAll();

        archive.recordMediaFile(INSTANCE, "999", "ab/abcd.png", "abcd");
        archive.recordMediaFile("other.example", FIRST_MEDIA, "ab/abcd.png", "abcd");
        archive.flush();

        assertThat(Duck.query(root, "SELECT id FROM {media} WHERE local_file IS NOT NULL")).isEmpty();
        assertThat(Duck.count(root, "media")).isEqualTo(2);
    }

    @Test
    void aMediaFileRecordedStaysCurrentWhenTheStatusIsCrawledAgain() {
        writeAll();
        archive.recordMediaFile(INSTANCE, FIRST_MEDIA, "ab/abcd.png", "abcd");
        write(STATUSES, List.of(one("status_media.json", Status.class)));
        reopen();
        write(STATUSES, List.of(one("status_media.json", Status.class)));
        archive.flush();

        assertThat(archive.mediaWithoutFile(STATUSES)).extracting(PendingMedia::id).containsExactly(SECOND_MEDIA);
        assertThat(Duck.query(root, LATEST_MEDIA + " ORDER BY id")).extracting(row -> row.get("local_file"))
                .containsExactly("ab/abcd.png", null);
    }

    @Test
    void followUpsLeaveOutDeletedStatuses() {
        writeAll();
        archive.recordDeletion(INSTANCE, MEDIA_STATUS, START);
        archive.recordDeletion(INSTANCE, POLL_STATUS, START);
        archive.recordDeletion(INSTANCE, EDITED, START);

        assertThat(archive.mediaWithoutFile(STATUSES)).isEmpty();
        assertThat(archive.openPolls(STATUSES)).isEmpty();
        assertThat(archive.statusesWithNewEdits(STATUSES)).isEmpty();
        assertThat(archive.originalStatusIds(STATUSES)).isEmpty();
    }

    @Test
    void theBoostedStatusOfABoostIsNotLinkedToTheTimeline() {
        writeAll();

        assertThat(archive.originalStatusIds(STATUSES)).doesNotContain(BOOSTED);
        assertThat(archive.originalStatusIds(HOME)).isEmpty();
        assertThat(archive.originalStatusIds(new CollectionKey("other.example", ME, "statuses"))).isEmpty();
    }
}
