package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.WrappedAnnualReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No recording has an annual report; the answers are written after the documentation. */
class AnnualReportsTest {
    private static final String REPORTS = "{\"annual_reports\":[{\"year\":2025,\"account_id\":\"1\",\"schema_version\":2,"
            + "\"data\":{\"archetype\":\"lurker\",\"top_statuses\":{\"by_reblogs\":\"9\"}},\"share_url\":null}],"
            + "\"accounts\":[{\"id\":\"1\",\"acct\":\"me\"}],\"statuses\":[{\"id\":\"9\",\"content\":\"<p>hi</p>\"}]}";

    private ReplayServer server;
    private AnnualReports reports;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.6.0\"}");
        reports = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().annualReports();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listAndGetReadTheReportsWithWhatTheyReferTo() {
        server.answer("GET", "/api/v1/annual_reports", 200, REPORTS);
        server.answer("GET", "/api/v1/annual_reports/2025", 200, REPORTS);

        WrappedAnnualReports all = reports.list();
        WrappedAnnualReports one = reports.get(2025);

        assertThat(all.annualReports()).singleElement().satisfies(report -> {
            assertThat(report.year()).isEqualTo(2025);
            assertThat(report.data().path("archetype").asText()).isEqualTo("lurker");
        });
        assertThat(one.statuses()).extracting(status -> status.id()).containsExactly("9");
        assertThat(server.last("GET", "/api/v1/annual_reports/2025").method()).isEqualTo("GET");
    }

    @Test
    void aReportIsGeneratedPolledAndMarkedRead() {
        server.answer("POST", "/api/v1/annual_reports/2025/generate", 200, "{}");
        server.answer("GET", "/api/v1/annual_reports/2025/state", 200, "{\"state\":\"generating\"}");
        server.answer("GET", "/api/v1/annual_reports/2025/state", 200, "{\"state\":\"available\"}");
        server.answer("POST", "/api/v1/annual_reports/2025/read", 200, "{}");

        reports.generate(2025);
        String first = reports.state(2025).state();
        String second = reports.state(2025).state();
        reports.markRead(2025);

        assertThat(first).isEqualTo("generating");
        assertThat(second).isEqualTo("available");
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path()).containsSubsequence(
                "POST /api/v1/annual_reports/2025/generate", "GET /api/v1/annual_reports/2025/state",
                "POST /api/v1/annual_reports/2025/read");
    }

    @Test
    void aYearOutsideMastodonsLifeIsRefused() {
        assertThatThrownBy(() -> reports.get(25)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25");
    }
}
