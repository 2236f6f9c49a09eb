package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code permafrost api METHOD PATH [key=value ...]} against the simulator. */
class ApiCommandTest {
    private static SimServer server;

    @TempDir
    Path config;

    @BeforeAll
    static void startServer() {
        server = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void forgetRequests() {
        server.requests().clear();
    }

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    private Run run(String token, String... args) {
        List<String> all = new ArrayList<>(List.of("api", "--instance", server.baseUri().toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var line = Main.commandLine(Map.of("PERMAFROST_TOKEN", token, "PERMAFROST_CONFIG_DIR", config.toString()));
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private RecordedRequest last() {
        return server.requests().last().orElseThrow(() -> new AssertionError("no request was received"));
    }

    @Test
    void getPrintsTheAnswerAsIndentedJson() {
        Run run = run(server.world().userToken(), "GET", "/api/v1/accounts/verify_credentials");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"username\" : \"alice\"").contains("\n  \"");
        assertThat(run.json().get("id").asText()).isEqualTo(server.world().me());
        assertThat(last().token()).hasValue(server.world().userToken());
    }

    @Test
    void pairsBecomeQueryParametersOfAGet() {
        Run run = run(server.world().userToken(), "get", "/api/v1/timelines/public", "limit=2", "local=true");

        assertThat(run.exit()).isZero();
        assertThat(last().query()).extracting(Map.Entry::getKey).containsExactly("limit", "local");
        assertThat(last().query("limit")).hasValue("2");
        assertThat(run.json().size()).isEqualTo(2);
    }

    @Test
    void pairsBecomeFormFieldsOfAPutAndKeysEndingInBracketsRepeat() {
        Run run = run(server.world().adminToken(), "PUT", "/api/v1/admin/reports/1", "category=violation",
                "rule_ids[]=1", "rule_ids[]=3");

        assertThat(run.exit()).isZero();
        RecordedRequest sent = last();
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.query()).isEmpty();
        assertThat(sent.bodyText()).isEqualTo("category=violation&rule_ids%5B%5D=1&rule_ids%5B%5D=3");
        assertThat(run.json().get("category").asText()).isEqualTo("violation");
        assertThat(run.json().get("rules").findValuesAsText("id")).containsExactly("1", "3");
    }

    @Test
    void anErrorAnswerExitsWith1AndPrintsTheStatusAndTheServersError() {
        Run run = run(server.world().userToken(), "GET", "/api/v1/statuses/123");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("permafrost: HTTP 404: Record not found");
    }

    @Test
    void aForbiddenAdminCallPrintsTheServersReason() {
        Run run = run(server.world().userToken(), "GET", "/api/v1/admin/accounts");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 403: This action is outside the authorized scopes");
    }

    @Test
    void includePrintsTheStatusAndThePageLinksOnStderr() {
        Run run = run(server.world().userToken(), "--include", "GET", "/api/v1/timelines/home", "limit=3");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("HTTP 200").contains("next: " + server.baseUri()).contains("max_id=");
        assertThat(run.json().size()).isEqualTo(3);
    }

    @Test
    void usageErrorsExitWith2BeforeAnyRequest() {
        String token = server.world().userToken();

        assertThat(run(token, "FETCH", "/api/v1/instance").exit()).isEqualTo(2);
        assertThat(run(token, "GET").exit()).isEqualTo(2);
        assertThat(run(token, "GET", "https://elsewhere.example/api/v1/instance").exit()).isEqualTo(2);
        assertThat(run(token, "GET", "/api/v1/timelines/public", "limit").exit()).isEqualTo(2);
        Run twice = run(token, "GET", "/api/v1/timelines/public", "limit=1", "limit=2");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("limit is given twice").contains("limit[]");
        assertThat(server.requests().count()).isZero();
    }

    @Test
    void theInstanceIsRequired() {
        StringWriter err = new StringWriter();
        var line = Main.commandLine(Map.of("PERMAFROST_CONFIG_DIR", config.toString()));
        line.setErr(new PrintWriter(err));

        int exit = line.execute("api", "GET", "/api/v1/instance");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--instance");
    }
}
