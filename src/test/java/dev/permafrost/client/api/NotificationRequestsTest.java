package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.NotificationRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the recording of Mastodon.py's test_notification_requests_accept: the sim filters nothing. */
class NotificationRequestsTest {
    private static final String REQUEST_ID = "117020579213763384";
    private final Cassettes.Cassette cassette = Cassettes.load("test_notification_requests_accept.yaml");
    private ReplayServer server;
    private NotificationRequests requests;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.6.4\"}");
        requests = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().notificationRequests();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listParsesTheRequestsWithTheirStringCountsAndSendsThePageSize() {
        server.replay(cassette.find("GET", "/api/v1/notifications/requests").get(0));

        Page<NotificationRequest> page = requests.list(PageRequest.largest());

        assertThat(server.last("GET", "/api/v1/notifications/requests").param("limit")).contains("80");
        assertThat(page.items()).singleElement().satisfies(request -> {
            assertThat(request.id()).isEqualTo(REQUEST_ID);
            assertThat(request.notificationsCount()).isEqualTo(5);
            assertThat(request.account().acct()).isEqualTo("mastodonpy_test");
        });
    }

    @Test
    void getReadsOneRequest() {
        server.replay(cassette.find("GET", "/api/v1/notifications/requests/" + REQUEST_ID).get(0));

        NotificationRequest request = requests.get(REQUEST_ID);

        assertThat(request.lastStatus()).isNotNull();
        assertThat(server.last("GET", "/api/v1/notifications/requests/" + REQUEST_ID).method()).isEqualTo("GET");
    }

    @Test
    void acceptAndMergedAnswerAsRecorded() {
        server.replay(cassette.find("POST", "/api/v1/notifications/requests/" + REQUEST_ID + "/accept").get(0));
        server.replay(cassette.find("GET", "/api/v1/notifications/requests/merged").get(0));

        requests.accept(REQUEST_ID);

        assertThat(requests.merged()).isTrue();
        assertThat(server.last("POST", "/api/v1/notifications/requests/" + REQUEST_ID + "/accept").body()).isEmpty();
    }

    @Test
    void dismissSendsNothingButThePath() {
        server.answer("POST", "/api/v1/notifications/requests/7/dismiss", 200, "{}");

        requests.dismiss("7");

        assertThat(server.last("POST", "/api/v1/notifications/requests/7/dismiss").body()).isEmpty();
    }

    @Test
    void severalRequestsAreAcceptedOrDismissedWithRepeatedIds() {
        server.answer("POST", "/api/v1/notifications/requests/accept", 200, "{}");
        server.answer("POST", "/api/v1/notifications/requests/dismiss", 200, "{}");

        requests.accept(List.of("1", "2"));
        requests.dismiss(List.of("3"));

        assertThat(server.last("POST", "/api/v1/notifications/requests/accept").form()).isEqualTo(Map.of("id[]", List.of("1", "2")));
        assertThat(server.last("POST", "/api/v1/notifications/requests/dismiss").form()).isEqualTo(Map.of("id[]", List.of("3")));
    }

    @Test
    void anEmptyListOfIdsIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> requests.accept(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).isEmpty();
    }
}
