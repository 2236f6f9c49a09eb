package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static SimServer start(RateLimitConfig limits) {
        return SimServer.start(SimConfig.small().toBuilder().rateLimits(limits).build());
    }

    @Test
    void everyApiAnswerCarriesMastodonsRateLimitHeadersAndADate() {
        try (SimServer server = start(RateLimitConfig.mastodon())) {
            Api.Answer answer = new Api(server).get("/api/v1/timelines/home", server.world().userToken());

            assertThat(answer.header("X-RateLimit-Limit")).hasValue("300");
            assertThat(answer.header("X-RateLimit-Remaining")).hasValue("299");
            assertThat(answer.header("X-RateLimit-Reset").orElseThrow()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            assertThat(answer.header("Date")).isPresent();
        }
    }

    @Test
    void overTheLimitAnswers429TooManyRequests() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPerToken(3, Duration.ofMinutes(1)))) {
            Api api = new Api(server);
            String token = server.world().userToken();
            for (int i = 0; i < 3; i++) {
                assertThat(api.get("/api/v1/timelines/home", token).status()).isEqualTo(200);
            }

            Api.Answer refused = api.get("/api/v1/timelines/home", token);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.text()).isEqualTo("{\"error\":\"Too many requests\"}");
            assertThat(refused.header("X-RateLimit-Remaining")).hasValue("0");
            assertThat(refused.header("X-RateLimit-Reset")).isPresent();
            assertThat(server.requests().count(r -> r.status() == 429)).isEqualTo(1);
        }
    }

    @Test
    void theBudgetIsFullAgainAfterTheWindowResets() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPerToken(2, Duration.ofSeconds(1)))) {
            Api api = new Api(server);
            String token = server.world().userToken();
            while (api.get("/api/v1/timelines/home", token).status() != 429) {
                assertThat(server.requests().count()).isLessThan(100);
            }

            Await.until(() -> api.get("/api/v1/timelines/home", token).status() == 200, Duration.ofSeconds(5), "a new window");

            assertThat(server.requests().count(r -> r.status() == 429)).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void tokensHaveSeparateBudgets() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPerToken(1, Duration.ofMinutes(1)))) {
            Api api = new Api(server);
            api.get("/api/v1/timelines/home", server.world().userToken());

            assertThat(api.get("/api/v1/timelines/home", server.world().userToken()).status()).isEqualTo(429);
            assertThat(api.get("/api/v1/timelines/home", server.world().readOnlyToken()).status()).isEqualTo(200);
        }
    }

    @Test
    void theTokensOfOneUserShareTheUserBudget() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPerUser(2, Duration.ofMinutes(1)))) {
            Api api = new Api(server);
            api.get("/api/v1/timelines/home", server.world().userToken());
            api.get("/api/v1/timelines/home", server.world().readOnlyToken());

            assertThat(api.get("/api/v1/timelines/home", server.world().userToken()).status()).isEqualTo(429);
            assertThat(api.get("/api/v1/timelines/home", server.world().adminToken()).status()).isEqualTo(200);
        }
    }

    @Test
    void pagingRequestsSpendTheirOwnBudgetAsWell() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPaging(2, Duration.ofMinutes(1)))) {
            Api api = new Api(server);
            String token = server.world().userToken();
            String cursor = server.world().homeTimelineIds().get(0);

            Api.Answer first = api.get("/api/v1/timelines/home?max_id=" + cursor, token);
            api.get("/api/v1/timelines/home?min_id=" + cursor, token);
            Api.Answer third = api.get("/api/v1/timelines/home?since_id=" + cursor, token);
            Api.Answer unpaged = api.get("/api/v1/timelines/home", token);

            assertThat(first.header("X-RateLimit-Limit")).hasValue("2");
            assertThat(first.header("X-RateLimit-Remaining")).hasValue("1");
            assertThat(third.status()).isEqualTo(429);
            assertThat(unpaged.status()).isEqualTo(200);
            assertThat(unpaged.header("X-RateLimit-Limit")).hasValue("300");
        }
    }

    @Test
    void thePagingBudgetIsSharedByTheTokensOfOneUser() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPaging(1, Duration.ofMinutes(1)))) {
            Api api = new Api(server);
            String cursor = server.world().homeTimelineIds().get(0);
            api.get("/api/v1/timelines/home?max_id=" + cursor, server.world().userToken());

            assertThat(api.get("/api/v1/timelines/home?max_id=" + cursor, server.world().readOnlyToken()).status()).isEqualTo(429);
        }
    }

    @Test
    void deletionsSpendTheDeletionBudget() {
        try (SimServer server = start(RateLimitConfig.mastodon().withDeletions(1, Duration.ofMinutes(1)))) {
            Api api = new Api(server);
            String token = server.world().userToken();
            String first = server.world().postStatus(server.world().me(), "one");
            String second = server.world().postStatus(server.world().me(), "two");

            assertThat(api.send("DELETE", "/api/v1/statuses/" + first, token).status()).isEqualTo(200);
            assertThat(api.send("DELETE", "/api/v1/statuses/" + second, token).status()).isEqualTo(429);
        }
    }

    @Test
    void theResetCanBeWrittenInEpochSeconds() {
        try (SimServer server = start(RateLimitConfig.mastodon().withResetFormat(RateLimitConfig.ResetFormat.EPOCH_SECONDS))) {
            Api.Answer answer = new Api(server).get("/api/v1/instance");

            assertThat(answer.header("X-RateLimit-Reset").orElseThrow()).matches("\\d{10}");
        }
    }

    @Test
    void theResetCanBeOmitted() {
        try (SimServer server = start(RateLimitConfig.mastodon().withResetFormat(RateLimitConfig.ResetFormat.OMITTED))) {
            Api.Answer answer = new Api(server).get("/api/v1/instance");

            assertThat(answer.header("X-RateLimit-Remaining")).isPresent();
            assertThat(answer.header("X-RateLimit-Reset")).isEmpty();
        }
    }

    @Test
    void unlimitedServersSendNoRateLimitHeaders() {
        try (SimServer server = start(RateLimitConfig.unlimited())) {
            Api.Answer answer = new Api(server).get("/api/v1/instance");

            assertThat(answer.header("X-RateLimit-Limit")).isEmpty();
            assertThat(answer.header("Date")).isPresent();
        }
    }

    @Test
    void resettingTheLimiterRefillsEveryBudget() {
        try (SimServer server = start(RateLimitConfig.mastodon().withPerToken(1, Duration.ofMinutes(10)))) {
            Api api = new Api(server);
            api.get("/api/v1/instance");
            assertThat(api.get("/api/v1/instance").status()).isEqualTo(429);

            server.rateLimits().reset();

            assertThat(api.get("/api/v1/instance").status()).isEqualTo(200);
        }
    }
}
