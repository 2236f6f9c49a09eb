package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {
    private SimServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = SimServer.start(SimConfig.small());
        api = new Api(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void serverErrorsAnswerMastodonsJsonForTheNextRequestsOnly() {
        server.faults().next(Fault.serverError(503), 2);

        Api.Answer first = api.get("/api/v1/instance");
        Api.Answer second = api.get("/api/v1/instance");
        Api.Answer third = api.get("/api/v1/instance");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(first.json().get("error").asText()).isNotBlank();
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void proxyErrorsAnswerAnHtmlPage() {
        server.faults().next(Fault.proxyError(502), 1);

        Api.Answer answer = api.get("/api/v1/timelines/public");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(answer.text()).contains("502 Bad Gateway").contains("nginx");
    }

    @Test
    void anHtmlPageCanComeWithStatus200() {
        server.faults().next(Fault.htmlPage(200), 1);

        Api.Answer answer = api.get("/api/v1/timelines/public");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(answer.text()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aConnectionResetClosesWithoutAnAnswerAndIsLogged() {
        // java.net.http retries a GET whose connection closed early, so schedule more resets than it retries.
        server.faults().next(Fault.connectionReset(), 10);

        assertThatThrownBy(() -> api.get("/api/v1/instance")).isInstanceOf(UncheckedIOException.class);
        assertThat(server.requests().last().orElseThrow().status()).isZero();
        assertThat(server.requests().last().orElseThrow().fault()).hasValue(Fault.Kind.CONNECTION_RESET);
        server.faults().clear();
        assertThat(api.get("/api/v1/instance").status()).isEqualTo(200);
    }

    @Test
    void aSlowAnswerTripsAClientTimeout() {
        server.faults().next(Fault.slow(Duration.ofSeconds(3)), 1);
        HttpRequest request = api.request("/api/v1/instance", null).timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aTruncatedBodyEndsBeforeTheAnnouncedLength() {
        server.faults().next(Fault.truncatedBody(), 1);
        HttpRequest request = api.request("/api/v1/timelines/public", null).build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
        assertThat(api.get("/api/v1/timelines/public").status()).isEqualTo(200);
    }

    @Test
    void rateLimitHeadersCanBeMissing() {
        server.faults().next(Fault.missingRateLimitHeaders(), 1);

        Api.Answer answer = api.get("/api/v1/instance");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("X-RateLimit-Limit")).isEmpty();
        assertThat(answer.header("X-RateLimit-Reset")).isEmpty();
    }

    @Test
    void clockSkewShiftsTheResetTimestamp() {
        Instant normal = Instant.parse(api.get("/api/v1/instance").header("X-RateLimit-Reset").orElseThrow());
        server.faults().next(Fault.clockSkew(Duration.ofHours(2)), 1);

        Instant skewed = Instant.parse(api.get("/api/v1/instance").header("X-RateLimit-Reset").orElseThrow());

        assertThat(Duration.between(normal, skewed)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void tooManyRequestsAnswers429WhateverTheBudget() {
        server.faults().next(Fault.tooManyRequests(), 1);

        Api.Answer answer = api.get("/api/v1/instance");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.json().get("error").asText()).isEqualTo("Too many requests");
        assertThat(answer.header("X-RateLimit-Remaining")).hasValue("0");
    }

    @Test
    void aFaultCanBeRestrictedToAPathPrefix() {
        server.faults().next(Fault.serverError(500), 1, "/api/v1/notifications");

        assertThat(api.get("/api/v1/instance").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/notifications", server.world().userToken()).status()).isEqualTo(500);
        assertThat(server.faults().pending()).isZero();
    }
}
