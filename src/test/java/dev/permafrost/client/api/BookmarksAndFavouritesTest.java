package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bookmarks and favourites, paged by hidden IDs in the Link header, against the simulator. */
class BookmarksAndFavouritesTest {
    private SimHarness sim;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void bookmarksAreWalkedThroughTheLinkCursors() {
        Page<Status> first = sim.mastodon.bookmarks().list(PageRequest.newest().limit(10));
        List<Status> all = first.fetchRemaining(Direction.OLDER);

        assertThat(all).extracting(Status::id).containsExactlyElementsOf(sim.world().bookmarkedStatusIds());
        assertThat(first.next()).hasValueSatisfying(cursor -> assertThat(cursor.param("max_id")).isPresent());
        assertThat(sim.last("GET", "/api/v1/bookmarks").query("max_id")).isPresent();
    }

    @Test
    void favouritesAreWalkedThroughTheLinkCursors() {
        List<Status> all = sim.mastodon.favourites().list(PageRequest.largest()).fetchRemaining(Direction.OLDER);

        assertThat(all).extracting(Status::id).containsExactlyElementsOf(sim.world().favouritedStatusIds());
        assertThat(sim.last("GET", "/api/v1/favourites").query("limit")).contains("40");
    }
}
