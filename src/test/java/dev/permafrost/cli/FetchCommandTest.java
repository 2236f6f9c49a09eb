package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.Where;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path config;

    private SimServer sim;
    private Map<String, String> environment;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
        environment = Map.of("PERMAFROST_TOKEN", sim.world().userToken(), "PERMAFROST_CONFIG_DIR", config.toString());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Cli.Result fetch(String... args) {
        List<String> all = new ArrayList<>(List.of("fetch"));
        all.addAll(List.of(args));
        all.addAll(List.of("--instance", sim.baseUri().toString()));
        return Cli.run(environment, all.toArray(String[]::new));
    }

    private static List<String> ids(Cli.Result result) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : result.lines()) {
            JsonNode entity = JSON.readTree(line);
            ids.add(entity.get("id").asText());
        }
        return ids;
    }

    @Test
    void printsOnePageAsRawJsonLinesOfTheLargestSize() throws Exception {
        Cli.Result result = fetch("home");

        assertThat(result.exitCode()).isZero();
        assertThat(ids(result)).hasSize(40).isEqualTo(sim.world().homeTimelineIds().subList(0, 40));
        assertThat(result.err()).contains("fetched 40 items in 1 page");
        assertThat(sim.requests().last().orElseThrow().query("limit")).contains("40");
    }

    @Test
    void allWalksFromTheNewestDownToTheOldest() throws Exception {
        Cli.Result result = fetch("favourites", "--all");

        assertThat(ids(result)).isEqualTo(sim.world().favouritedStatusIds());
    }

    @Test
    void withMinIdItWalksForwardWithoutGapsOldestFirst() throws Exception {
        String mark = sim.world().homeTimelineIds().get(0);
        List<String> arrived = sim.world().postStatuses(90, Where.home());

        Cli.Result result = fetch("home", "--all", "--since-id", mark);

        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(arrived);
        assertThat(ids(result).get(0)).isEqualTo(arrived.stream().min(java.util.Comparator
                .comparing(String::length).thenComparing(java.util.Comparator.naturalOrder())).orElseThrow());
    }

    @Test
    void acceptsAnAccountByAddress() throws Exception {
        String me = sim.world().me();

        Cli.Result result = fetch("statuses:@" + sim.world().acct(me), "--limit", "5");

        assertThat(ids(result)).isEqualTo(sim.world().accountStatusIds(me).subList(0, 5));
    }

    @Test
    void takesTheTokenFromAFile() throws Exception {
        Path tokenFile = Files.writeString(config.resolve("token"), sim.world().userToken() + "\n");
        environment = Map.of("PERMAFROST_CONFIG_DIR", config.toString());

        Cli.Result result = fetch("notifications", "--token-file", tokenFile.toString(), "--limit", "3");

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).hasSize(3);
    }

    @Test
    void anUnknownCollectionIsAUsageError() {
        Cli.Result result = fetch("everything");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown collection 'everything'").contains("tag:...");
    }

    @Test
    void aServerErrorExitsWithOneAndSaysWhy() {
        environment = Map.of("PERMAFROST_TOKEN", "wrong", "PERMAFROST_CONFIG_DIR", config.toString());

        Cli.Result result = fetch("home");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("HTTP 401").doesNotContain("wrong");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aRateLimitInThrowModeSaysSoWithTheReset() {
        sim.close();
        sim = SimServer.start(SimConfig.small().toBuilder()
                .rateLimits(RateLimitConfig.mastodon().withPerToken(2, Duration.ofMinutes(5))).build());
        environment = Map.of("PERMAFROST_TOKEN", sim.world().userToken(), "PERMAFROST_CONFIG_DIR", config.toString());

        Cli.Result result = fetch("home", "--all", "--limit", "5", "--rate-limit", "throw");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Rate limit reached until");
    }
}
