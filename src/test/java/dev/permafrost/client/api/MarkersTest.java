package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.model.Marker;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Read markers against the simulator. */
class MarkersTest {
    private SimHarness sim;
    private Markers markers;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        markers = sim.mastodon.markers();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void bothMarkersAreAskedFor() {
        dev.permafrost.model.Markers read = markers.get();

        assertThat(sim.last("GET", "/api/v1/markers").queryAll("timeline[]")).containsExactly("home", "notifications");
        assertThat(read.home().lastReadId()).isNotBlank();
        assertThat(read.notifications().lastReadId()).isNotBlank();
    }

    @Test
    void savingMovesTheMarkersAndRaisesTheirVersion() {
        Marker before = markers.get().home();
        String home = sim.world().homeTimelineIds().get(0);
        String notification = sim.world().notificationIds().get(0);

        dev.permafrost.model.Markers saved = markers.save(home, notification);

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/markers"))).containsEntry("home[last_read_id]", List.of(home))
                .containsEntry("notifications[last_read_id]", List.of(notification));
        assertThat(saved.home().lastReadId()).isEqualTo(home);
        assertThat(saved.home().version()).isGreaterThan(before.version());
        assertThat(saved.notifications().lastReadId()).isEqualTo(notification);
    }

    @Test
    void savingOnlyTheHomeMarkerLeavesTheOtherAsItIs() {
        String notificationsBefore = markers.get().notifications().lastReadId();
        String home = sim.world().homeTimelineIds().get(1);

        dev.permafrost.model.Markers saved = markers.saveHome(home);

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/markers"))).containsOnlyKeys("home[last_read_id]");
        assertThat(saved.home().lastReadId()).isEqualTo(home);
        assertThat(saved.notifications()).isNull();
        assertThat(markers.get().notifications().lastReadId()).isEqualTo(notificationsBefore);
    }

    @Test
    void savingNothingIsRefusedBeforeSending() {
        assertThatThrownBy(() -> markers.save(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
