package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.api.NotificationPolicies.Action;
import dev.permafrost.client.api.NotificationPolicies.Change;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.NotificationPolicy;
import dev.permafrost.model.NotificationPolicyV1;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationPoliciesTest {
    private SimHarness sim;
    private NotificationPolicies policies;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        policies = sim.mastodon.notificationPolicies();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void getReadsThePolicyWithItsSummary() {
        NotificationPolicy policy = policies.get();

        assertThat(policy.forNotFollowing()).isEqualTo("accept");
        assertThat(policy.forPrivateMentions()).isEqualTo("filter");
        assertThat(policy.summary().pendingRequestsCount()).isZero();
        assertThat(sim.last("GET", "/api/v2/notifications/policy").status()).isEqualTo(200);
    }

    @Test
    void updateSendsOnlyTheKindsOfSenderThatChange() {
        NotificationPolicy updated = policies.update(Change.NONE.notFollowing(Action.FILTER).bots(Action.DROP));

        Map<String, List<String>> form = SimHarness.form(sim.last("PATCH", "/api/v2/notifications/policy"));
        assertThat(form).containsOnly(Map.entry("for_not_following", List.of("filter")), Map.entry("for_bots", List.of("drop")));
        assertThat(updated.forNotFollowing()).isEqualTo("filter");
        assertThat(updated.forBots()).isEqualTo("drop");
        assertThat(updated.forNewAccounts()).isEqualTo("accept");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theV1ShapeReadsAndWritesBooleans() {
        NotificationPolicyV1 updated = policies.updateV1(true, null, null, false);

        Map<String, List<String>> form = SimHarness.form(sim.last("PATCH", "/api/v1/notifications/policy"));
        assertThat(form).containsOnly(Map.entry("filter_not_following", List.of("true")),
                Map.entry("filter_private_mentions", List.of("false")));
        assertThat(updated.filterNotFollowing()).isTrue();
        assertThat(updated.filterPrivateMentions()).isFalse();
        assertThat(policies.getV1().filterNotFollowing()).isTrue();
        assertThat(policies.get().forNotFollowing()).isEqualTo("filter");
    }

    @Test
    void aRecordedPolicyOfARealServerParses() {
        try (ReplayServer server = ReplayServer.start()) {
            server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.6.4\"}");
            Cassettes.Cassette cassette = Cassettes.load("test_notifications_policy.yaml");
            server.replay(cassette.find("PATCH", "/api/v2/notifications/policy").get(0));
            Mastodon mastodon = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build();

            NotificationPolicy policy = mastodon.notificationPolicies().update(Change.NONE.notFollowing(Action.FILTER)
                    .notFollowers(Action.ACCEPT));

            assertThat(server.last("PATCH", "/api/v2/notifications/policy").form())
                    .isEqualTo(Map.of("for_not_following", List.of("filter"), "for_not_followers", List.of("accept")));
            assertThat(policy.forNotFollowing()).isEqualTo("filter");
            assertThat(policy.forLimitedAccounts()).isEqualTo("filter");
        }
    }
}
