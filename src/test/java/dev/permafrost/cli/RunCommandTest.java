package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** permafrost run: its arguments, properties, exit codes, and the runtime class path. */
class RunCommandTest {
    @TempDir
    Path folder;

    private SimServer sim;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String store() {
        return "h2:" + folder.resolve("archive");
    }

    @Test
    void aMissingRouteFileIsAUsageError() {
        Cli.Result run = Cli.run(Map.of(), "run", "routes/no-such-route.yaml", "--once");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no route file routes/no-such-route.yaml", "archive-account");
    }

    @Test
    void propertiesBeatFilesWhichBeatTheEnvironment() throws IOException {
        String tag = sim.world().tags().get(1).toLowerCase();
        Path file = folder.resolve("crawl.properties");
        Files.writeString(file, "permafrost.tag = from-the-file\npermafrost.store = " + store() + "\n");

        Cli.Result run = Cli.run(Map.of("PERMAFROST_TAG", "from-the-environment", "PERMAFROST_INSTANCE", sim.baseUri().toString()),
                "run", "crawl-hashtag", "--once", "--properties", file.toString(), "--property", "permafrost.tag=" + tag);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("crawl-hashtag: " + sim.authority() + "/-/tag:" + tag + ": ");
    }

    @Test
    void theEnvironmentFillsWhatNothingElseGives() {
        Cli.Result run = Cli.run(Map.of("PERMAFROST_TAG", "nothing-here", "PERMAFROST_INSTANCE", sim.baseUri().toString(),
                "PERMAFROST_STORE", store()), "run", "crawl-hashtag", "--once");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("/-/tag:nothing-here: 0 pages, 0 items, up to date");
    }

    @Test
    void withoutATokenTheStoredLoginOfTheInstanceIsUsed() {
        Map<String, String> environment = Map.of("PERMAFROST_CONFIG_DIR", folder.resolve("config").toString());
        Cli.Result login = Cli.run(environment, "login", "--instance", sim.baseUri().toString(),
                "--token", sim.world().userToken());
        assertThat(login.exitCode()).as(login.err()).isZero();

        Cli.Result run = Cli.run(environment, "run", "archive-account", "--once",
                "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain(sim.world().userToken());
    }

    @Test
    void aRouteThatCannotStartFailsNamingTheMissingOption() {
        Cli.Result run = Cli.run(Map.of(), "run", "archive-account", "--once",
                "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("needs an access token", "accessToken");
    }

    @Test
    void aFailedPollMakesTheRunFail() {
        Cli.Result run = Cli.run(Map.of("PERMAFROST_TOKEN", "not-a-valid-token"), "run", "routes/archive-account.yaml",
                "--once", "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store(),
                "--property", "permafrost.ratelimit=wait");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("account-home: ", "failed: ");
        assertThat(run.err()).contains("the poll of account-statuses", "failed").doesNotContain("not-a-valid-token");
    }

    /**
     * The routes run on the runtime class path alone, not only on the test class path (which has
     * more: camel-test brings camel-bean, for instance), with Camel's startup summary at INFO, and
     * the token appears nowhere in what the process printed, also when a route puts it in its URI.
     */
    @Test
    void aRouteRunsOnTheRuntimeClassPathAndTheTokenIsNeverPrinted() throws Exception {
        String classPath = runtimeClassPath();
        String token = sim.world().userToken();
        Path route = folder.resolve("token-in-uri.yaml");
        Files.writeString(route, """
                - route:
                    id: token-in-uri
                    from:
                      uri: "mastodon:bookmarks"
                      parameters:
                        instance: "{{permafrost.instance}}"
                        accessToken: "{{permafrost.token}}"
                        archive: "{{permafrost.store}}"
                      steps:
                        - log: {message: "page ${header.CamelMastodonPage} of ${header.CamelMastodonCollection}"}
                        - to: {uri: "archive:{{permafrost.store}}"}
                """);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Dorg.slf4j.simpleLogger.log.org.apache.camel=info",
                "-Dorg.slf4j.simpleLogger.log.dev.permafrost=debug", "dev.permafrost.cli.Main", "run", "crawl-hashtag",
                route.toString(), "--once", "--property", "permafrost.instance=" + sim.baseUri(),
                "--property", "permafrost.tag=" + sim.world().tags().get(0), "--property", "permafrost.store=" + store()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PERMAFROST_TOKEN", token);
        Path output = folder.resolve("output.txt");
        builder.redirectOutput(output.toFile());

        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Started token-in-uri (mastodon://bookmarks", "Started crawl-hashtag (mastodon://timeline/tag/")
                .contains("page 1 of bookmarks", "token-in-uri: ", "crawl-hashtag: ")
                .doesNotContain(token);
        assertThat(rows("SELECT COUNT(*) FROM bookmarks")).isEqualTo(sim.world().bookmarksCount());
    }

    /**
     * SIGTERM (what Ctrl-C and a service manager send) in the middle of a crawl: the page in hand is
     * finished, the archive is closed cleanly with its checkpoint after the last stored page, and
     * a rerun completes it to the same archive as an uninterrupted crawl.
     */
    @Test
    void sigtermStopsALongRunCleanlyAndARerunCompletesTheArchive() throws Exception {
        sim.close();
        // About two requests a second when paced: the crawl of 80 statuses two at a time takes ~20 s.
        sim = SimServer.start(SimConfig.small().toBuilder().rateLimits(dev.permafrost.sim.RateLimitConfig.mastodon()
                .withPerToken(20, java.time.Duration.ofSeconds(10)).withPerUser(10_000, java.time.Duration.ofSeconds(10))
                .withPaging(10_000, java.time.Duration.ofSeconds(10))).build());
        Path route = folder.resolve("slow-home.yaml");
        Files.writeString(route, """
                - route:
                    id: slow-home
                    from:
                      uri: "mastodon:timeline/home"
                      parameters:
                        instance: "{{permafrost.instance}}"
                        archive: "{{permafrost.store}}"
                        pageSize: "{{permafrost.pagesize}}"
                        rateLimitMode: pace
                        paceFactor: 1
                        initialDelay: 0
                      steps:
                        - log: {message: "page ${header.CamelMastodonPage}"}
                        - to: {uri: "archive:{{permafrost.store}}"}
                """);
        Path output = folder.resolve("run.txt");
        Process run = child(List.of("run", route.toString(), "--property", "permafrost.pagesize=2"), output);
        try {
            dev.permafrost.Await.until("a few pages stored", java.time.Duration.ofSeconds(60),
                    () -> read(output).contains("page 3"));
        } finally {
            run.destroy(); // SIGTERM
        }
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run stops after SIGTERM").isTrue();
        String printed = read(output);
        assertThat(printed).contains("SIGTERM").doesNotContain("page 40").doesNotContain(sim.world().userToken());
        long stored = rows("SELECT COUNT(*) FROM timeline_entries");
        assertThat(stored).as(printed).isGreaterThanOrEqualTo(6).isLessThan(80).isEven();

        Process rerun = child(List.of("run", route.toString(), "--property", "permafrost.pagesize=40", "--once"),
                folder.resolve("rerun.txt"));
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(read(folder.resolve("rerun.txt"))).isZero();
        assertThat(rows("SELECT COUNT(*) FROM timeline_entries")).isEqualTo(sim.world().homeTimelineCount());
        assertThat(rows("SELECT COUNT(DISTINCT status_id) FROM timeline_entries WHERE status_id IN ('"
                + String.join("','", sim.world().homeTimelineIds()) + "')")).isEqualTo(sim.world().homeTimelineCount());
    }

    /** permafrost in a process of its own on the runtime class path, printing into a file. */
    private Process child(List<String> arguments, Path output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", runtimeClassPath(), "-Dorg.slf4j.simpleLogger.log.org.apache.camel=info", "dev.permafrost.cli.Main"));
        command.addAll(arguments);
        command.addAll(List.of("--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PERMAFROST_TOKEN", sim.world().userToken());
        return builder.start();
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private long rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("archive"), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * target/classes and the runtime dependencies, as Maven resolves them (offline: the test run
     * already downloaded them). Skipped where Maven is not on the PATH (an IDE without it).
     */
    private String runtimeClassPath() throws IOException, InterruptedException {
        if (runtimeClassPath == null) {
            runtimeClassPath = resolveRuntimeClassPath();
        }
        return runtimeClassPath;
    }

    private static String runtimeClassPath;

    private String resolveRuntimeClassPath() throws IOException, InterruptedException {
        Path listing = folder.resolve("runtime-classpath.txt");
        String mvn = System.getProperty("os.name").toLowerCase().contains("win") ? "mvn.cmd" : "mvn";
        Process maven;
        try {
            maven = new ProcessBuilder(mvn, "-o", "-q", "-B", "dependency:build-classpath", "-DincludeScope=runtime",
                    "-Dmdep.outputFile=" + listing).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("maven.txt").toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "Maven is not on the PATH: " + e.getMessage());
            throw e;
        }
        assertThat(maven.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(maven.exitValue()).as(Files.readString(folder.resolve("maven.txt"))).isZero();
        String dependencies = Files.readString(listing).trim();
        assertThat(dependencies).contains("camel-main").doesNotContain("camel-test", "junit", "assertj", "hadoop-common");
        return Path.of("target", "classes").toAbsolutePath() + File.pathSeparator + dependencies;
    }
}
