package dev.permafrost.store;

import static dev.permafrost.store.StoreFixtures.edited;
import static dev.permafrost.store.StoreFixtures.list;
import static dev.permafrost.store.StoreFixtures.one;
import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Entity;
import dev.permafrost.model.Poll;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries that choose the work after a crawl of an account's statuses. */
class H2FollowUpsTest {
    static final String INSTANCE = "localhost:3000";
    static final String ME = "117020565966271181";
    static final CollectionKey STATUSES = new CollectionKey(INSTANCE, ME, "statuses");
    static final CollectionKey HOME = new CollectionKey(INSTANCE, ME, "home");
    static final Instant START = Instant.parse("2026-08-02T06:00:00Z");
    static final String EDITED = "117024236332527350";
    static final String MEDIA_STATUS = "117020576664345360";
    static final String POLL_STATUS = "117020582721532745";
    static final String BOOST = "117020574424543529";

    @TempDir
    Path dir;
    TestClock clock;
    H2Archive archive;

    @BeforeEach
    void open() {
        clock = new TestClock(START);
        archive = H2Archive.open(dir.resolve("archive"), "", clock);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private void write(CollectionKey key, List<? extends Entity> items) {
        archive.write(new Batch(key, items, Optional.empty(), Optional.empty()));
    }

    private void writeAll() {
        write(STATUSES, List.of(one("status_after_edit.json", Status.class), one("status_media.json", Status.class),
                one("status_poll.json", Status.class), one("status_reblog.json", Status.class)));
    }

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

        assertThat(archive.originalStatusIds(STATUSES)).containsExactlyInAnyOrder(EDITED, MEDIA_STATUS);
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
        assertThat(pending).extracting(PendingMedia::id).containsExactly("117020576646493592", "117020576661238952");
        assertThat(pending).allSatisfy(media -> {
            assertThat(media.statusId()).isEqualTo(MEDIA_STATUS);
            assertThat(media.url()).isPresent();
        });

        archive.recordMediaFile(INSTANCE, "117020576646493592", "ab/abcd.png", "abcd");

        assertThat(archive.mediaWithoutFile(STATUSES)).extracting(PendingMedia::id).containsExactly("117020576661238952");
        assertThat(Db.single(dir.resolve("archive"), "SELECT local_file, sha256 FROM media WHERE id = ?", "117020576646493592"))
                .containsEntry("local_file", "ab/abcd.png").containsEntry("sha256", "abcd");
    }

    @Test
    void statusesNotSeenSinceTheWalkStartedAreMarkedDeleted() {
        writeAll();
        clock.advance(Duration.ofMinutes(10));
        Instant walk = clock.instant();
        write(STATUSES, List.of(one("status_media.json", Status.class), one("status_poll.json", Status.class)));

        int marked = archive.markUnseenDeleted(STATUSES, walk, walk.plusSeconds(60));

        assertThat(marked).isEqualTo(2);
        assertThat(Db.query(dir.resolve("archive"), "SELECT id FROM statuses WHERE deleted_at IS NOT NULL"))
                .extracting(row -> row.get("id")).containsExactlyInAnyOrder(EDITED, BOOST);
        assertThat(archive.originalStatusIds(STATUSES)).containsExactlyInAnyOrder(MEDIA_STATUS, POLL_STATUS);
    }

    @Test
    void markingDeletionsLeavesStatusesOfOtherTimelinesAlone() {
        write(HOME, List.of(one("status_after_edit.json", Status.class)));
        clock.advance(Duration.ofMinutes(10));

        int marked = archive.markUnseenDeleted(STATUSES, clock.instant(), clock.instant());

        assertThat(marked).isZero();
    }
}
