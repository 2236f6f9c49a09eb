package dev.permafrost.store.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The in-memory sightings behind markUnseenDeleted: what they know, and what they admit not to know. */
class SightingsTest {
    static final String INSTANCE = "localhost:3000";
    static final long OPENED = 1_000;

    static CollectionKey statusesOf(String account) {
        return new CollectionKey(INSTANCE, account, "statuses");
    }

    /** A batch of statuses with the given IDs (the recorded status, renumbered). */
    static Batch batch(CollectionKey key, String... ids) {
        String json = Fixtures.text("status_full.json");
        Status template = Fixtures.parse(json, Status.class);
        List<Status> statuses = new ArrayList<>();
        for (String id : ids) {
            statuses.add(Fixtures.parse(json.replace("\"id\":\"" + template.id() + "\"", "\"id\":\"" + id + "\""),
                    Status.class));
        }
        return new Batch(key, statuses, Optional.empty(), Optional.empty());
    }

    static long status(String id) {
        return Hash64.key(INSTANCE, id);
    }

    @Test
    void aStatusCountsAsSeenFromTheTimeOfTheWriteThatCarriedIt() {
        Sightings sightings = new Sightings(OPENED, 100);
        sightings.record(batch(statusesOf("1"), "10", "11"), 2_000);
        sightings.record(batch(statusesOf("1"), "11"), 3_000);

        assertThat(sightings.completeSince(statusesOf("1"), 2_500)).isTrue();
        assertThat(sightings.seenSince(statusesOf("1"), status("11"), 2_500)).isTrue();
        assertThat(sightings.seenSince(statusesOf("1"), status("10"), 2_500)).isFalse();
        assertThat(sightings.seenSince(statusesOf("1"), status("10"), 2_000)).isTrue();
        assertThat(sightings.seenSince(statusesOf("2"), status("10"), 2_000)).isFalse();
    }

    @Test
    void nothingBeforeTheArchiveWasOpenedIsKnown() {
        Sightings sightings = new Sightings(OPENED, 100);

        assertThat(sightings.completeSince(statusesOf("1"), OPENED - 1)).isFalse();
        assertThat(sightings.completeSince(statusesOf("1"), OPENED)).isTrue();
    }

    @Test
    void onlyStatusesCollectionsAreFollowed() {
        Sightings sightings = new Sightings(OPENED, 100);

        sightings.record(batch(new CollectionKey(INSTANCE, "1", "home"), "10"), 2_000);

        assertThat(sightings.size()).isZero();
    }

    @Test
    void pastTheLimitTheLeastRecentlyWrittenCollectionIsDroppedAndAdmitsIt() {
        Sightings sightings = new Sightings(OPENED, 3);
        sightings.record(batch(statusesOf("1"), "10", "11"), 2_000);
        sightings.record(batch(statusesOf("2"), "20"), 3_000);

        sightings.record(batch(statusesOf("3"), "30"), 4_000);

        assertThat(sightings.size()).isEqualTo(2);
        assertThat(sightings.completeSince(statusesOf("1"), 2_000)).isFalse();
        assertThat(sightings.completeSince(statusesOf("1"), 4_000)).isTrue(); // nothing of it was written since
        assertThat(sightings.completeSince(statusesOf("2"), 2_000)).isTrue();
        assertThat(sightings.completeSince(statusesOf("3"), 2_000)).isTrue();
        sightings.record(batch(statusesOf("1"), "10"), 5_000); // written again: known from the drop on
        assertThat(sightings.completeSince(statusesOf("1"), 3_999)).isFalse();
        assertThat(sightings.completeSince(statusesOf("1"), 4_000)).isTrue();
        assertThat(sightings.seenSince(statusesOf("1"), status("11"), 4_000)).isFalse();
    }

    @Test
    void theCollectionBeingWrittenIsKeptEvenBeyondTheLimit() {
        Sightings sightings = new Sightings(OPENED, 2);

        sightings.record(batch(statusesOf("1"), "10", "11", "12", "13"), 2_000);

        assertThat(sightings.size()).isEqualTo(4);
        assertThat(sightings.completeSince(statusesOf("1"), OPENED)).isTrue();
        assertThat(sightings.seenSince(statusesOf("1"), status("13"), 2_000)).isTrue();
    }
}
