package dev.permafrost.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.MalformedResponseException;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.NetworkException;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.ServerErrorException;
import dev.permafrost.client.UnauthorizedException;
import dev.permafrost.sim.Fault;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault is retried, and reported as its typed error once the attempts are spent. */
class FaultsTest {
    private static final String HOME = "/api/v1/timelines/home";
    private static final RetryPolicy QUICK = new RetryPolicy(5, Duration.ofMillis(1), Duration.ofMillis(5));

    private SimServer sim;
    private Mastodon mastodon;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
        mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken())
                .retryPolicy(QUICK).requestTimeout(Duration.ofMillis(700)).build();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private long homeRequests() {
        return sim.requests().count(r -> r.path().equals(HOME));
    }

    private void readHome() {
        assertThat(mastodon.timelines().home(PageRequest.newest()).items()).isNotEmpty();
    }

    @Test
    void serverErrorsAreRetried() {
        sim.faults().next(Fault.serverError(503), 2, HOME);

        readHome();

        assertThat(homeRequests()).isEqualTo(3);
    }

    @Test
    void aProxysHtmlErrorPageIsRetried() {
        sim.faults().next(Fault.proxyError(502), 2, HOME);

        readHome();

        assertThat(homeRequests()).isEqualTo(3);
    }

    @Test
    void anHtmlPageWithStatus200IsRetried() {
        sim.faults().next(Fault.htmlPage(200), 1, HOME);

        readHome();

        assertThat(homeRequests()).isEqualTo(2);
    }

    @Test
    void aTruncatedBodyIsRetried() {
        sim.faults().next(Fault.truncatedBody(), 1, HOME);

        readHome();

        assertThat(homeRequests()).isEqualTo(2);
    }

    @Test
    void aResetConnectionIsRetried() {
        sim.faults().next(Fault.connectionReset(), 2, HOME);

        readHome();

        assertThat(sim.faults().pending()).isZero();
    }

    @Test
    void aSlowAnswerTimesOutAndIsRetried() {
        sim.faults().next(Fault.slow(Duration.ofSeconds(3)), 1, HOME);

        readHome();

        // the slow answer is logged when the server finally sends it, after the retry's
        dev.permafrost.Await.until("both attempts logged", Duration.ofSeconds(10), () -> homeRequests() == 2);
    }

    @Test
    void missingRateLimitHeadersAreTolerated() {
        sim.faults().next(Fault.missingRateLimitHeaders(), 1, HOME);

        readHome();

        assertThat(homeRequests()).isEqualTo(1);
    }

    @Test
    void aPersistentServerErrorBecomesAServerErrorExceptionAfterFiveAttempts() {
        sim.faults().always(Fault.serverError(500));

        assertThatThrownBy(() -> mastodon.timelines().home(PageRequest.newest()))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).hasValue(500);
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.url()).contains(HOME);
                })
                .hasMessageContaining("HTTP 500");
        assertThat(homeRequests()).isEqualTo(5);
    }

    @Test
    void aPersistentHtmlPageBecomesAMalformedResponseException() {
        sim.faults().always(Fault.htmlPage(200));

        assertThatThrownBy(() -> mastodon.timelines().home(PageRequest.newest()))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("HTML page");
    }

    @Test
    void aPersistentResetBecomesANetworkException() {
        sim.faults().always(Fault.connectionReset());

        assertThatThrownBy(() -> mastodon.timelines().home(PageRequest.newest()))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining(HOME);
    }

    @Test
    void aPostWithoutAnIdempotencyKeyIsNotRetried() {
        sim.faults().next(Fault.serverError(503), 1, "/api/v1/lists");

        assertThatThrownBy(() -> mastodon.call("POST", "/api/v1/lists", Map.of("title", "x")))
                .isInstanceOf(ServerErrorException.class);
        assertThat(sim.requests().count(r -> r.path().equals("/api/v1/lists"))).isEqualTo(1);
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRetriedAndCreatesOneStatus() {
        int before = sim.world().accountStatusCount(sim.world().me());
        sim.faults().next(Fault.serverError(503), 1, "/api/v1/statuses");
        dev.permafrost.client.api.Caller caller = mastodon.caller();

        caller.exchange("POST", caller.uri("/api/v1/statuses", dev.permafrost.client.Params.empty()),
                RequestBody.form(Map.of("status", "hello")), Map.of("Idempotency-Key", "key-1"), true);

        assertThat(sim.requests().count(r -> r.path().equals("/api/v1/statuses"))).isEqualTo(2);
        assertThat(sim.world().accountStatusCount(sim.world().me())).isEqualTo(before + 1);
    }

    @Test
    void anInvalidTokenIsAnUnauthorizedExceptionWithAdvice() {
        Mastodon stranger = mastodon.newBuilder().accessToken("not-a-token").build();

        assertThatThrownBy(() -> stranger.accounts().verifyCredentials())
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.error()).isPresent())
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("log in again");
    }

    @Test
    void anUnknownRecordIsANotFoundExceptionWithTheServersError() {
        assertThatThrownBy(() -> mastodon.statuses().get("999999999"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.error()).contains("Record not found"));
    }

    @Test
    void anAdminEndpointWithAUserTokenIsForbidden() {
        assertThatThrownBy(() -> mastodon.call("GET", "/api/v1/admin/accounts", Map.of()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("HTTP 403");
    }
}
