package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Notification;
import dev.permafrost.model.UnreadCount;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationsTest {
    private SimHarness sim;
    private Notifications notifications;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        notifications = sim.mastodon.notifications();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void listSendsTheFilterAndIncludeFilteredAndParsesThePage() {
        Page<Notification> page = notifications.list(Notifications.Filter.only("mention", "favourite").withFiltered(),
                PageRequest.newest().limit(5));

        RecordedRequest sent = sim.last("GET", "/api/v1/notifications");
        assertThat(sent.queryAll("types[]")).containsExactly("mention", "favourite");
        assertThat(sent.query("include_filtered")).contains("true");
        assertThat(sent.query("limit")).contains("5");
        assertThat(page.items()).hasSize(5).allSatisfy(n -> assertThat(n.type()).isIn("mention", "favourite"));
        assertThat(page.next()).isPresent();
    }

    @Test
    void getReadsOneNotification() {
        String id = sim.world.notificationIds().get(3);

        Notification notification = notifications.get(id);

        assertThat(notification.id()).isEqualTo(id);
        assertThat(notification.account()).isNotNull();
        assertThat(sim.last("GET", "/api/v1/notifications/" + id).status()).isEqualTo(200);
    }

    @Test
    void dismissRemovesOneNotification() {
        String id = sim.world.notificationIds().get(0);
        int before = sim.world.notificationsCount();

        notifications.dismiss(id);

        assertThat(sim.last("POST", "/api/v1/notifications/" + id + "/dismiss").status()).isEqualTo(200);
        assertThat(sim.world.notificationsCount()).isEqualTo(before - 1);
        assertThatThrownBy(() -> notifications.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void clearRemovesEveryNotification() {
        notifications.clear();

        assertThat(sim.last("POST", "/api/v1/notifications/clear").status()).isEqualTo(200);
        assertThat(notifications.list(Notifications.Filter.ALL, PageRequest.newest()).items()).isEmpty();
    }

    @Test
    void unreadCountCountsTheNotificationsNewerThanTheReadMarker() {
        JsonNode markers = sim.mastodon.call("GET", "/api/v1/markers", Map.of("timeline[]", List.of("notifications"))).json();
        long lastRead = Long.parseLong(markers.path("notifications").path("last_read_id").asText());
        long newer = sim.world.notificationIds().stream().filter(id -> Long.parseLong(id) > lastRead).count();

        UnreadCount count = notifications.unreadCount(Notifications.Filter.ALL, 0);

        assertThat(newer).isPositive();
        assertThat(count.count()).isEqualTo(newer);
        assertThat(sim.last("GET", "/api/v1/notifications/unread_count").query("limit")).isEmpty();
    }

    @Test
    void unreadCountStopsCountingAtTheLimit() {
        UnreadCount count = notifications.unreadCount(Notifications.Filter.ALL, 3);

        assertThat(count.count()).isEqualTo(3);
        assertThat(sim.last("GET", "/api/v1/notifications/unread_count").query("limit")).contains("3");
    }

    @Test
    void unreadCountRefusesAFilterWithFilteredNotificationsBeforeSendingAnything() {
        assertThatThrownBy(() -> notifications.unreadCount(Notifications.Filter.ALL.withFiltered(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("include_filtered");
        assertThat(sim.server.requests().count(r -> r.path().endsWith("unread_count"))).isZero();
    }
}
