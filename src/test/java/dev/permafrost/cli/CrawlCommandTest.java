package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.Where;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code permafrost crawl} against simulators over HTTP, into real H2 files. */
class CrawlCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private SimServer sim;
    private SimServer other;
    private Map<String, String> environment;

    @BeforeEach
    void start() {
        SimConfig config = SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build();
        sim = SimServer.start(config);
        other = SimServer.start(config); // the same seed: the same IDs, on another instance
        environment = Map.of("PERMAFROST_TOKEN", sim.world().userToken(), "PERMAFROST_CONFIG_DIR", dir.resolve("config").toString());
    }

    @AfterEach
    void stop() {
        sim.close();
        other.close();
    }

    private Cli.Result crawl(String store, String... args) {
        List<String> all = new ArrayList<>(List.of("crawl", "--store", "h2:" + dir.resolve(store)));
        all.addAll(List.of(args));
        return Cli.run(environment, all.toArray(String[]::new));
    }

    private Cli.Result crawlOne(String store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--instance", sim.baseUri().toString()));
        return crawl(store, all.toArray(String[]::new));
    }

    private ArchiveDb db(String store) {
        return new ArchiveDb(dir.resolve(store));
    }

    private List<String> timeline(String store, String instance, String timeline) {
        return db(store).column("SELECT status_id FROM timeline_entries WHERE instance = ? AND timeline = ?", instance, timeline);
    }

    @Test
    void severalInstancesAreCrawledAtOnceAndTheirCollidingIdsKeptApart() {
        Cli.Result result = crawl("a", "public", "--include-opted-out",
                "--instance", sim.baseUri().toString(), "--instance", other.baseUri().toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> expected = sim.world().publicTimelineIds();
        assertThat(other.world().publicTimelineIds()).isEqualTo(expected);
        assertThat(timeline("a", sim.authority(), "public")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(timeline("a", other.authority(), "public")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(db("a").count("SELECT COUNT(*) FROM statuses WHERE id = ?", expected.get(0))).isEqualTo(2);
        assertThat(other.requests().count(r -> r.path().equals("/api/v1/timelines/public"))).isPositive();
        assertThat(result.out()).contains(sim.authority()).contains(other.authority());
    }

    @Test
    void maxCapsEachTarget() {
        Cli.Result result = crawlOne("a", "public", "local", "--max", "25", "--include-opted-out");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(timeline("a", sim.authority(), "public")).hasSize(25)
                .containsExactlyInAnyOrderElementsOf(sim.world().publicTimelineIds().subList(0, 25));
        assertThat(timeline("a", sim.authority(), "local")).hasSize(25);
    }

    @Test
    void sinceTakesOnlyWhatWasPostedSinceTheDate() {
        crawlOne("all", "public", "--include-opted-out");
        List<String> days = db("all").column("SELECT DISTINCT CAST(created_at AS DATE) FROM statuses s"
                + " JOIN timeline_entries t ON t.status_id = s.id WHERE t.timeline = 'public' ORDER BY 1");
        assertThat(days).hasSizeGreaterThan(2);
        String since = days.get(days.size() / 2);

        Cli.Result result = crawlOne("since", "public", "--include-opted-out", "--since", since);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> expected = db("all").column("SELECT s.id FROM statuses s JOIN timeline_entries t ON t.status_id = s.id"
                + " WHERE t.timeline = 'public' AND s.created_at >= CAST(? AS TIMESTAMP WITH TIME ZONE)", since + " 00:00:00Z");
        assertThat(timeline("since", sim.authority(), "public")).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void peopleWhoOptedOutAreSkippedAndCounted() {
        Set<String> optedOut = sim.world().optedOutAccountIds();

        Cli.Result result = crawlOne("a", "public");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> authors = db("a").column("SELECT s.account_id FROM statuses s JOIN timeline_entries t"
                + " ON t.status_id = s.id WHERE t.timeline = 'public'");
        assertThat(authors).isNotEmpty().doesNotContainAnyElementsOf(optedOut);
        long skipped = sim.world().publicTimelineCount() - authors.size();
        assertThat(skipped).isPositive();
        assertThat(result.out()).contains("Skipped " + skipped + " statuses and accounts of people who opted out");
    }

    @Test
    void includeOptedOutKeepsEveryone() {
        Cli.Result result = crawlOne("a", "public", "--include-opted-out");

        assertThat(result.exitCode()).isZero();
        assertThat(timeline("a", sim.authority(), "public")).hasSize(sim.world().publicTimelineCount());
        assertThat(result.out()).doesNotContain("opted out of archiving");
    }

    @Test
    void aBoostOfAnOptedOutAuthorsStatusIsSkipped() {
        String nobot = sim.world().optedOutAccountIds(dev.permafrost.sim.World.OptOut.NOBOT).iterator().next();
        dev.permafrost.client.Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken())
                .build().statuses().reblog(sim.world().accountStatusIds(nobot).get(0));
        String alice = "@alice@" + sim.authority();
        crawlOne("all", "statuses:" + alice, "--include-opted-out");
        Set<String> optedOut = sim.world().optedOutAccountIds();
        String boostsOfOptedOut = "SELECT b.id FROM statuses b JOIN statuses s ON s.id = b.reblog_of_id"
                + " JOIN timeline_entries t ON t.status_id = b.id WHERE s.account_id IN ("
                + String.join(",", optedOut.stream().map(id -> "'" + id + "'").toList()) + ")";
        assertThat(db("all").column(boostsOfOptedOut)).isNotEmpty();

        Cli.Result result = crawlOne("a", "statuses:" + alice);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(db("a").column(boostsOfOptedOut)).isEmpty();
        assertThat(db("a").column("SELECT status_id FROM timeline_entries")).isNotEmpty();
    }

    @Test
    void accountsCanBeNamedByAddress() {
        String me = sim.world().me();

        Cli.Result result = crawlOne("a", "followers:@alice@" + sim.authority(), "--include-opted-out");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(db("a").column("SELECT follower_id FROM follows WHERE followed_id = ?", me))
                .containsExactlyInAnyOrderElementsOf(sim.world().followerIds());
    }

    @Test
    void anUnknownAccountFailsThatTargetAndTheOthersRun() {
        Cli.Result result = crawlOne("a", "statuses:@nobody@" + sim.authority(), "local");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("no account @nobody@" + sim.authority());
        assertThat(timeline("a", sim.authority(), "local")).isNotEmpty();
    }

    @Test
    void aRerunTakesOnlyWhatIsNew() {
        crawlOne("a", "public", "--include-opted-out");
        List<String> arrived = sim.world().postStatuses(50, Where.publicTimeline());
        sim.requests().clear();

        Cli.Result rerun = crawlOne("a", "public", "--include-opted-out");

        assertThat(rerun.exitCode()).isZero();
        assertThat(sim.requests().count(r -> r.path().equals("/api/v1/timelines/public"))).isEqualTo((50 + 39) / 40 + 1);
        assertThat(new HashSet<>(timeline("a", sim.authority(), "public"))).containsAll(arrived)
                .hasSize(sim.world().publicTimelineCount());
    }

    @Test
    void publicTimelinesNeedNoToken() {
        Cli.Result result = Cli.run(Map.of("PERMAFROST_CONFIG_DIR", dir.resolve("config").toString()), "crawl", "local",
                "--instance", sim.baseUri().toString(), "--store", "h2:" + dir.resolve("a"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(sim.requests().all()).isNotEmpty().allSatisfy(r -> assertThat(r.token()).isEmpty());
        assertThat(timeline("a", sim.authority(), "local")).isNotEmpty();
    }

    @Test
    void theJsonSummaryParses() throws Exception {
        Cli.Result result = crawlOne("a", "public", "tag:" + sim.world().tags().get(0), "--json");

        JsonNode summary = JSON.readTree(result.out());
        assertThat(summary.get("complete").asBoolean()).isTrue();
        assertThat(summary.get("collections")).hasSize(2);
        assertThat(summary.get("collections").get(1).get("name").asText()).isEqualTo("tag:" + sim.world().tags().get(0));
        assertThat(summary.get("opted_out").asLong()).isEqualTo(
                summary.get("collections").get(0).get("opted_out").asLong() + summary.get("collections").get(1).get("opted_out").asLong());
    }

    @Test
    void ownCollectionsBelongToArchive() {
        Cli.Result result = crawlOne("a", "home");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("crawl does not take 'home'").contains("permafrost archive");
    }
}
