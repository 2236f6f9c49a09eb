package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.sim.Fault;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.Where;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code permafrost archive} against the simulator over HTTP, into real H2 files; the main
 * scenarios also into Parquet datasets, read back with DuckDB under the same table names.
 */
class ArchiveCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private SimServer sim;
    private String me;
    private Map<String, String> environment;
    private StoreDb db;
    /** Where the media files of the archive go by default: beside the H2 file, inside the Parquet folder. */
    private Path mediaFolder;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build());
        me = sim.world().me();
        environment = Map.of("PERMAFROST_TOKEN", sim.world().userToken(), "PERMAFROST_CONFIG_DIR", dir.resolve("config").toString());
        use("h2");
    }

    /** Archives into the store of that scheme ({@code h2} or {@code parquet}) from now on. */
    private void use(String scheme) {
        db = StoreDb.of(scheme, dir.resolve("archive"));
        mediaFolder = scheme.equals("h2") ? dir.resolve("media") : dir.resolve("archive").resolve("_media_files");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Cli.Result archive(String... args) {
        List<String> all = new ArrayList<>(List.of("archive", "--instance", sim.baseUri().toString(),
                "--store", db.url()));
        all.addAll(List.of(args));
        return Cli.run(environment, all.toArray(String[]::new));
    }

    private long requests(String path) {
        return sim.requests().count(r -> r.path().equals(path));
    }

    private static long pages(long items, int page) {
        return (items + page - 1) / page + 1;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void archivesEveryCollectionOfTheAccount(String store) {
        use(store);
        Cli.Result result = archive();

        assertThat(result.exitCode()).as(result.err()).isZero();
        var world = sim.world();
        assertThat(db.column("SELECT status_id FROM timeline_entries WHERE timeline = 'statuses' AND owner_id = ?", me))
                .containsExactlyInAnyOrderElementsOf(world.accountStatusIds(me));
        assertThat(db.column("SELECT status_id FROM timeline_entries WHERE timeline = 'home'"))
                .containsExactlyInAnyOrderElementsOf(world.homeTimelineIds());
        assertThat(db.column("SELECT status_id FROM favourites")).containsExactlyInAnyOrderElementsOf(world.favouritedStatusIds());
        assertThat(db.column("SELECT status_id FROM bookmarks")).containsExactlyInAnyOrderElementsOf(world.bookmarkedStatusIds());
        assertThat(db.column("SELECT follower_id FROM follows WHERE followed_id = ?", me))
                .containsExactlyInAnyOrderElementsOf(world.followerIds());
        assertThat(db.column("SELECT followed_id FROM follows WHERE follower_id = ?", me))
                .containsExactlyInAnyOrderElementsOf(world.followingIds());
        assertThat(db.column("SELECT id FROM notifications")).containsExactlyInAnyOrderElementsOf(world.notificationIds());
        assertThat(db.column("SELECT id FROM lists")).containsExactlyInAnyOrderElementsOf(world.listIds());
        assertThat(db.count("SELECT COUNT(*) FROM list_members"))
                .isEqualTo(world.listIds().stream().mapToLong(world::listMembersCount).sum());
        assertThat(db.count("SELECT COUNT(*) FROM blocks")).isEqualTo(world.blocksCount());
        assertThat(db.count("SELECT COUNT(*) FROM mutes")).isEqualTo(world.mutesCount());
        assertThat(db.count("SELECT COUNT(*) FROM domain_blocks")).isEqualTo(world.domainBlocksCount());
        assertThat(db.count("SELECT COUNT(*) FROM followed_tags")).isEqualTo(world.followedTagsCount());
        assertThat(db.count("SELECT COUNT(*) FROM filters")).isEqualTo(world.filtersCount());
        assertThat(db.count("SELECT COUNT(*) FROM scheduled_statuses")).isEqualTo(world.scheduledStatusesCount());
        assertThat(db.count("SELECT COUNT(*) FROM conversations")).isEqualTo(world.conversationsCount());
        List<String> ownEdited = own(world.editedStatusIds());
        assertThat(ownEdited).isNotEmpty();
        assertThat(db.column("SELECT DISTINCT status_id FROM status_edits")).containsAll(ownEdited);
        assertThat(requests("/api/v1/statuses/" + ownEdited.get(0) + "/history")).isEqualTo(1);
        assertThat(result.out()).contains("Archived @alice").containsPattern("statuses +" + world.accountStatusIds(me).size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void aRerunCostsOnePageOfRequestsPerNewPagePlusOneAndPicksUpWhatIsNew(String store) {
        use(store);
        archive();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            posted.add(sim.world().postStatus(me, "Fresh post " + i));
        }
        List<String> notifications = sim.world().addNotifications(90);
        List<String> favourites = sim.world().addFavourites(30);
        List<String> followers = sim.world().addFollowers(2);
        sim.requests().clear();

        Cli.Result rerun = archive();

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(requests("/api/v1/accounts/" + me + "/statuses")).isEqualTo(pages(45, 40));
        assertThat(requests("/api/v1/notifications")).isEqualTo(pages(90, 80));
        assertThat(requests("/api/v1/favourites")).isEqualTo(pages(30, 40));
        assertThat(requests("/api/v1/bookmarks")).isEqualTo(1);
        assertThat(requests("/api/v1/conversations")).isEqualTo(1);
        assertThat(requests("/api/v1/accounts/" + me + "/followers")).isEqualTo(1); // walked whole: 27 fit a page
        assertThat(sim.requests().count(r -> r.path().endsWith("/history"))).isZero();
        assertThat(db.column("SELECT status_id FROM timeline_entries WHERE timeline = 'statuses'")).containsAll(posted)
                .hasSize(sim.world().accountStatusCount(me));
        assertThat(db.column("SELECT id FROM notifications")).containsAll(notifications).hasSize(sim.world().notificationsCount());
        assertThat(db.column("SELECT status_id FROM favourites")).containsAll(favourites);
        assertThat(db.column("SELECT follower_id FROM follows WHERE followed_id = ? AND ended_at IS NULL", me))
                .containsAll(followers).hasSize(sim.world().followersCount());
    }

    @Test
    void aRerunWithNothingNewCostsOneRequestPerGrowingCollection() {
        archive();
        sim.requests().clear();

        archive();

        for (String path : List.of("/api/v1/accounts/" + me + "/statuses", "/api/v1/favourites", "/api/v1/bookmarks",
                "/api/v1/notifications", "/api/v1/timelines/home", "/api/v1/conversations")) {
            assertThat(requests(path)).as(path).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void anUnfollowEndsTheFollowRow(String store) {
        use(store);
        archive();
        String leaving = sim.world().followerIds().get(2);
        sim.world().removeFollower(leaving);

        archive("--only", "followers");

        assertThat(db.column("SELECT follower_id FROM follows WHERE followed_id = ? AND ended_at IS NOT NULL", me))
                .containsExactly(leaving);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void anEditHistoryIsFetchedOnlyForStatusesEditedSinceTheLastRun(String store) {
        use(store);
        archive();
        String fresh = sim.world().postStatus(me, "Posted, then edited");
        sim.world().editStatus(fresh, "Edited before the archive saw it");
        sim.requests().clear();

        archive();

        assertThat(sim.requests().matching(r -> r.path().endsWith("/history")))
                .extracting(r -> r.path()).containsExactly("/api/v1/statuses/" + fresh + "/history");
        assertThat(db.count("SELECT COUNT(*) FROM status_edits WHERE status_id = ?", fresh)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void aRefreshCatchesAnEditOfAnOldStatusAndFetchesOnlyItsHistory(String store) {
        use(store);
        archive();
        List<String> mine = sim.world().accountStatusIds(me);
        String old = mine.stream().filter(id -> !sim.world().editedStatusIds().contains(id)
                && !db.column("SELECT id FROM statuses WHERE id = ? AND reblog_of_id IS NULL", id).isEmpty())
                .reduce((first, second) -> second).orElseThrow();
        sim.world().editStatus(old, "An old status, edited");
        sim.requests().clear();

        archive("--refresh");

        assertThat(sim.requests().matching(r -> r.path().endsWith("/history")))
                .extracting(r -> r.path()).containsExactly("/api/v1/statuses/" + old + "/history");
        assertThat(db.column("SELECT content FROM statuses WHERE id = ?", old)).singleElement().asString()
                .contains("An old status, edited");
        assertThat(requests("/api/v1/accounts/" + me + "/statuses")).isEqualTo(pages(mine.size(), 40));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void aRefreshMarksOwnStatusesNoLongerServedAsDeleted(String store) {
        use(store);
        archive();
        String deleted = sim.world().accountStatusIds(me).get(5);
        sim.world().deleteStatus(deleted);

        Cli.Result plain = archive();
        assertThat(db.column("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).isEmpty();
        Cli.Result refresh = archive("--refresh");

        assertThat(plain.exitCode()).isZero();
        assertThat(refresh.exitCode()).as(refresh.err()).isZero();
        assertThat(db.column("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).containsExactly(deleted);
    }

    @Test
    void onlyReadsTheNamedCollections() {
        Cli.Result result = archive("--only", "favourites,bookmarks");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(sim.requests().all()).extracting(r -> r.path()).containsOnly("/api/v1/accounts/verify_credentials",
                "/api/v1/favourites", "/api/v1/bookmarks");
        assertThat(result.out()).contains("favourites").contains("bookmarks").doesNotContain("home");
    }

    @Test
    void skipLeavesTheNamedCollectionsOut() {
        Cli.Result result = archive("--skip", "home,notifications");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(requests("/api/v1/timelines/home")).isZero();
        assertThat(requests("/api/v1/notifications")).isZero();
        assertThat(requests("/api/v1/favourites")).isPositive();
    }

    @Test
    void anUnknownCollectionIsAUsageError() {
        Cli.Result result = archive("--only", "favourites,bookmark");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown collection 'bookmark'").contains("bookmarks");
        assertThat(sim.requests().count()).isZero();
    }

    @Test
    void aCollectionTheServerDoesNotOfferIsSkippedWithAWarning() {
        sim.faults().next(new Fault(Fault.Kind.SERVER_ERROR, 404, Duration.ZERO), Integer.MAX_VALUE, "/api/v2/filters");

        Cli.Result result = archive();

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("filters +0 +0 +1 +skipped")
                .contains("filters: skipped: the server does not offer it (HTTP 404");
        assertThat(db.count("SELECT COUNT(*) FROM favourites")).isEqualTo(sim.world().favouritesCount());
    }

    @Test
    void aServerErrorOnOneCollectionFailsTheRunButTheOthersAreArchived() {
        sim.faults().next(Fault.serverError(503), Integer.MAX_VALUE, "/api/v1/bookmarks");

        Cli.Result result = archive("--only", "bookmarks,favourites");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern("bookmarks .*FAILED");
        assertThat(db.count("SELECT COUNT(*) FROM favourites")).isEqualTo(sim.world().favouritesCount());
    }

    @Test
    void theJsonSummaryParses() throws Exception {
        sim.faults().next(new Fault(Fault.Kind.SERVER_ERROR, 404, Duration.ZERO), Integer.MAX_VALUE, "/api/v1/scheduled_statuses");

        Cli.Result result = archive("--json");

        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.get("account").asText()).isEqualTo("alice");
        assertThat(summary.get("complete").asBoolean()).isTrue();
        JsonNode statuses = summary.get("collections").get(0);
        assertThat(statuses.get("name").asText()).isEqualTo("statuses");
        assertThat(statuses.get("items").asLong()).isEqualTo(sim.world().accountStatusCount(me));
        assertThat(statuses.get("pages").asLong()).isPositive();
        assertThat(statuses.get("requests").asLong()).isEqualTo(requests("/api/v1/accounts/" + me + "/statuses"));
        JsonNode scheduled = null;
        for (JsonNode collection : summary.get("collections")) {
            if (collection.get("name").asText().equals("scheduled")) {
                scheduled = collection;
            }
        }
        assertThat(scheduled).isNotNull();
        assertThat(scheduled.get("skipped").asBoolean()).isTrue();
        assertThat(scheduled.get("warnings").get(0).asText()).contains("HTTP 404");
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        Cli.Result result = archive("--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM statuses")).isPositive();
    }

    @Test
    void withoutATokenItSaysHowToGiveOne() {
        Cli.Result result = Cli.run(Map.of("PERMAFROST_CONFIG_DIR", dir.resolve("config").toString()),
                "archive", "--instance", sim.baseUri().toString(), "--store", "h2:" + dir.resolve("archive"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("archive needs an access token").contains("permafrost login");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void mediaFilesAreDownloadedOnceEachAndNamedBySha256(String store) throws Exception {
        use(store);
        Cli.Result first = archive("--only", "statuses,media");

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> files = db.column("SELECT m.local_file FROM media m JOIN statuses s ON s.id = m.status_id"
                + " WHERE s.account_id = ?", me);
        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file).matches("[0-9a-f]{2}/[0-9a-f]{64}\\.(jpg|mp4|mp3)"));
        for (String file : files) {
            Path path = mediaFolder.resolve(file);
            String sha256 = file.substring(3, 67);
            assertThat(sha256(java.nio.file.Files.readAllBytes(path))).isEqualTo(sha256);
            assertThat(db.column("SELECT sha256 FROM media WHERE local_file = ?", file)).containsOnly(sha256);
        }
        assertThat(sim.requests().count(r -> r.path().startsWith("/system/"))).isEqualTo(files.size());
        sim.requests().clear();

        Cli.Result rerun = archive("--only", "statuses,media");

        assertThat(rerun.exitCode()).isZero();
        assertThat(sim.requests().count(r -> r.path().startsWith("/system/"))).isZero();
    }

    @Test
    void anInterruptedDownloadResumesWhereItStopped() throws Exception {
        archive("--only", "statuses");
        String url = db.column("SELECT m.url FROM media m JOIN statuses s ON s.id = m.status_id WHERE s.account_id = ?"
                + " ORDER BY m.id", me).get(0);
        sim.faults().next(Fault.truncatedBody(), 1, "/system/");

        Cli.Result interrupted = archive("--only", "media");

        assertThat(interrupted.exitCode()).as(interrupted.err()).isZero();
        assertThat(interrupted.out()).contains("was not downloaded");
        assertThat(db.column("SELECT local_file FROM media WHERE url = ?", url)).containsOnlyNulls();
        sim.requests().clear();

        Cli.Result resumed = archive("--only", "media");

        assertThat(resumed.exitCode()).isZero();
        var retried = sim.requests().matching(r -> url.endsWith(r.path()));
        assertThat(retried).singleElement().satisfies(r -> {
            assertThat(r.header("Range")).hasValueSatisfying(range -> assertThat(range).matches("bytes=[1-9][0-9]*-"));
            assertThat(r.status()).isEqualTo(206);
        });
        byte[] whole = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(db.column("SELECT sha256 FROM media WHERE url = ?", url)).containsExactly(sha256(whole));
        assertThat(java.nio.file.Files.list(dir.resolve("media").resolve(".partial"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void pollsOfOwnStatusesAreRefreshedWhileOpen(String store) {
        use(store);
        var mastodon = dev.permafrost.client.Mastodon.builder().instance(sim.baseUri().toString())
                .accessToken(sim.world().userToken()).build();
        String status = mastodon.statuses().post(dev.permafrost.client.api.StatusDraft.builder().text("Which glacier?")
                .poll(dev.permafrost.client.api.StatusDraft.PollDraft.of(Duration.ofDays(1), "Aletsch", "Perito Moreno"))
                .build()).id();
        String poll = mastodon.statuses().get(status).poll().id();
        archive();
        sim.requests().clear();

        archive("--only", "polls");

        assertThat(sim.requests().all()).extracting(r -> r.path())
                .containsExactly("/api/v1/accounts/verify_credentials", "/api/v1/polls/" + poll);
        assertThat(db.column("SELECT status_id FROM polls WHERE id = ?", poll)).containsExactly(status);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "parquet"})
    void threadsOfOwnStatusesAreFetchedOnceEach(String store) {
        use(store);
        Cli.Result first = archive("--with", "context");
        List<String> originals = db.column("SELECT id FROM statuses WHERE account_id = ? AND reblog_of_id IS NULL", me);
        long contexts = sim.requests().count(r -> r.path().endsWith("/context"));
        String fresh = sim.world().postStatus(me, "A new thread");
        sim.requests().clear();

        Cli.Result second = archive("--with", "context");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(contexts).isEqualTo(originals.size());
        assertThat(sim.requests().matching(r -> r.path().endsWith("/context"))).extracting(r -> r.path())
                .containsExactly("/api/v1/statuses/" + fresh + "/context");
        assertThat(second.exitCode()).isZero();
    }

    @Test
    void aSigtermStopsTheRunAfterThePageInHandAndARerunFinishesIt() throws Exception {
        sim.faults().next(Fault.slow(Duration.ofMillis(100)), Integer.MAX_VALUE, "/api/v1/");
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.permafrost.cli.Main", "archive",
                "--instance", sim.baseUri().toString(), "--store", "h2:" + dir.resolve("archive"))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            awaitUntil(() -> sim.requests().count(r -> r.path().startsWith("/api/v1/timelines/home")) > 0
                    || !process.isAlive(), Duration.ofSeconds(60));
            assertThat(process.isAlive()).as(java.nio.file.Files.readString(output)).isTrue();

            process.destroy(); // SIGTERM

            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(java.nio.file.Files.readString(output)).contains("Archived @alice")
                .contains("Stopped before the end: what was read is stored");
        sim.faults().clear();

        Cli.Result rerun = archive();

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(db.column("SELECT status_id FROM timeline_entries WHERE timeline = 'home'"))
                .containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
        assertThat(db.column("SELECT id FROM notifications")).containsExactlyInAnyOrderElementsOf(sim.world().notificationIds());
        assertThat(db.column("SELECT follower_id FROM follows WHERE followed_id = ?", me))
                .containsExactlyInAnyOrderElementsOf(sim.world().followerIds());
    }

    /** Waits for a condition with a deadline; tests never sleep for a fixed time. */
    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration deadline) {
        java.time.Instant end = java.time.Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (java.time.Instant.now().isAfter(end)) {
                throw new AssertionError("timed out after " + deadline);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void withoutAnInstanceTheOneStoredLoginIsUsed() {
        Map<String, String> noToken = Map.of("PERMAFROST_CONFIG_DIR", dir.resolve("config").toString());
        assertThat(Cli.run(noToken, "login", "--instance", sim.baseUri().toString(), "--token", sim.world().userToken())
                .exitCode()).isZero();

        Cli.Result result = Cli.run(noToken, "archive", "--only", "bookmarks", "--store", "h2:" + dir.resolve("archive"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM bookmarks")).isEqualTo(sim.world().bookmarksCount());
    }

    private List<String> own(List<String> statusIds) {
        List<String> mine = sim.world().accountStatusIds(me);
        return statusIds.stream().filter(mine::contains).toList();
    }
}
