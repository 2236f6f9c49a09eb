package dev.permafrost.camel.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.Where;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import dev.permafrost.store.Batch;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl engine against the simulator, into a real H2 archive. */
class CollectionCrawlerTest {
    @TempDir
    Path folder;

    private SimServer sim;
    private Mastodon mastodon;
    private final List<Archive> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
        mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken()).build();
    }

    @AfterEach
    void stop() {
        opened.forEach(Archive::close);
        sim.close();
    }

    private Archive archive(String name) {
        Archive archive = Archives.open("h2:" + folder.resolve(name));
        opened.add(archive);
        return archive;
    }

    private CollectionCrawler crawler(String collection, CrawlOptions options) {
        return new CollectionCrawler(Source.of(mastodon, Feed.parse(collection), sim.world().me()), options, Clock.systemUTC());
    }

    private CrawlResult crawl(Archive archive, String collection) {
        return crawler(collection, CrawlOptions.defaults()).poll(archive, archive::write);
    }

    private long requests(String path) {
        return sim.requests().count(r -> r.path().equals(path));
    }

    private Set<String> ids(String name, String sql) {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(name), "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return ids;
    }

    private Set<String> timeline(String name, String timeline) {
        return ids(name, "SELECT status_id FROM timeline_entries WHERE timeline = '" + timeline + "'");
    }

    @Test
    void aFullCrawlCostsOneRequestPerPagePlusOne() {
        Archive archive = archive("a");
        int n = sim.world().homeTimelineCount();

        CrawlResult result = crawl(archive, "home");

        assertThat(result.items()).isEqualTo(n);
        assertThat(result.upToDate()).isTrue();
        assertThat(requests("/api/v1/timelines/home")).isEqualTo((n + 39) / 40 + 1);
        assertThat(timeline("a", "home")).containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
    }

    @Test
    void aFullCrawlOfAPartiallyFilledLastPageCostsTheSame() {
        Archive archive = archive("a");
        String me = sim.world().me();
        int n = sim.world().accountStatusCount(me);
        assertThat(n % 40).isNotZero();

        crawl(archive, "statuses:" + me);

        assertThat(requests("/api/v1/accounts/" + me + "/statuses")).isEqualTo((n + 39) / 40 + 1);
        assertThat(timeline("a", "statuses")).containsExactlyInAnyOrderElementsOf(sim.world().accountStatusIds(me));
    }

    @Test
    void aRerunAfterNewItemsCostsOneRequestPerNewPagePlusOne() {
        Archive archive = archive("a");
        crawl(archive, "home");
        List<String> arrived = sim.world().postStatuses(50, Where.home());
        sim.requests().clear();

        CrawlResult rerun = crawl(archive, "home");

        assertThat(rerun.items()).isEqualTo(50);
        assertThat(requests("/api/v1/timelines/home")).isEqualTo((50 + 39) / 40 + 1);
        assertThat(timeline("a", "home")).containsAll(arrived).hasSize(sim.world().homeTimelineCount());
    }

    @Test
    void aRerunWithNothingNewCostsOneRequest() {
        Archive archive = archive("a");
        crawl(archive, "notifications");
        sim.requests().clear();

        CrawlResult rerun = crawl(archive, "notifications");

        assertThat(rerun.items()).isZero();
        assertThat(sim.requests().count()).isEqualTo(1);
    }

    @Test
    void itemsArrivingDuringTheCrawlAndBetweenRunsAllEndInTheArchiveOnce() {
        Archive archive = archive("a");
        List<String> arrived = new ArrayList<>();
        sim.world().onRequest(request -> {
            if (request.path().equals("/api/v1/timelines/home") && arrived.size() < 90) {
                arrived.addAll(sim.world().postStatuses(45, Where.home()));
            }
        });
        crawl(archive, "home");
        sim.world().clearRequestHooks();
        arrived.addAll(sim.world().postStatuses(60, Where.home()));

        crawl(archive, "home");

        assertThat(timeline("a", "home")).containsAll(arrived)
                .containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
    }

    @Test
    void aCrawlKilledHalfwayAndRestartedEndsWithTheSameArchive() {
        Archive uninterrupted = archive("whole");
        crawl(uninterrupted, "favourites");
        Archive interrupted = archive("killed");
        AtomicInteger pages = new AtomicInteger();
        PageSink dying = batch -> {
            if (pages.incrementAndGet() == 2) {
                throw new IllegalStateException("killed");
            }
            interrupted.write(batch);
        };

        assertThatThrownBy(() -> crawler("favourites", CrawlOptions.defaults().withPageSize(10)).poll(interrupted, dying))
                .hasMessage("killed");
        crawler("favourites", CrawlOptions.defaults().withPageSize(10)).poll(interrupted, interrupted::write);

        String sql = "SELECT status_id FROM favourites";
        assertThat(ids("killed", sql)).isEqualTo(ids("whole", sql))
                .containsExactlyInAnyOrderElementsOf(sim.world().favouritedStatusIds());
    }

    @Test
    void aPageBudgetSpreadsABackfillOverSeveralPolls() {
        Archive archive = archive("a");
        CollectionCrawler crawler = crawler("home", CrawlOptions.defaults().withPageSize(20).withPagesPerPoll(2));

        CrawlResult first = crawler.poll(archive, archive::write);
        CrawlResult second = crawler.poll(archive, archive::write);
        CrawlResult third = crawler.poll(archive, archive::write);

        assertThat(first.upToDate()).isFalse();
        assertThat(first.items() + second.items() + third.items()).isEqualTo(sim.world().homeTimelineCount());
        assertThat(third.upToDate()).isTrue();
    }

    @Test
    void startingNowTakesOnlyWhatArrivesLater() {
        Archive archive = archive("a");
        CollectionCrawler crawler = crawler("home", CrawlOptions.defaults().withStart(new StartPoint.Now()));
        crawler.poll(archive, archive::write);
        List<String> arrived = sim.world().postStatuses(7, Where.home());

        crawler.poll(archive, archive::write);

        assertThat(timeline("a", "home")).containsExactlyInAnyOrderElementsOf(arrived);
    }

    @Test
    void startingAtADateTakesOnlyWhatWasPostedSince() {
        Archive archive = archive("a");
        List<String> home = sim.world().homeTimelineIds();
        Instant since = mastodon.statuses().get(home.get(29)).createdAt();

        crawler("home", CrawlOptions.defaults().withStart(new StartPoint.Since(since))).poll(archive, archive::write);

        assertThat(timeline("a", "home")).containsExactlyInAnyOrderElementsOf(home.subList(0, 30));
    }

    @Test
    void aRelationshipListIsWalkedWholeAndRemovalsAreNoticed() {
        Archive archive = archive("a");
        String me = sim.world().me();
        crawl(archive, "followers:" + me);
        String leaving = sim.world().followerIds().get(3);
        sim.world().removeFollower(leaving);

        crawl(archive, "followers:" + me);

        assertThat(ids("a", "SELECT follower_id FROM follows WHERE followed_id = '" + me + "' AND ended_at IS NULL"))
                .containsExactlyInAnyOrderElementsOf(sim.world().followerIds()).doesNotContain(leaving);
        assertThat(ids("a", "SELECT follower_id FROM follows WHERE ended_at IS NOT NULL")).containsExactly(leaving);
    }

    @Test
    void favouritesSyncForwardThroughTheirInternalCursors() {
        Archive archive = archive("a");
        crawl(archive, "favourites");
        List<String> added = sim.world().addFavourites(30);
        sim.requests().clear();

        CrawlResult rerun = crawl(archive, "favourites");

        assertThat(rerun.items()).isEqualTo(30);
        assertThat(ids("a", "SELECT status_id FROM favourites")).containsAll(added);
        assertThat(sim.requests().count()).isEqualTo(2);
    }

    @Test
    void theItemFilterSkipsAndCounts() {
        Archive archive = archive("a");
        CrawlOptions options = CrawlOptions.defaults().withKeep(item -> false);

        CrawlResult result = crawler("local", options).poll(archive, archive::write);

        assertThat(result.items()).isZero();
        assertThat(result.skipped()).isPositive();
        assertThat(timeline("a", "local")).isEmpty();
    }

    @Test
    void aStopRequestEndsThePollAfterThePageInHand() {
        Archive archive = archive("a");
        AtomicInteger written = new AtomicInteger();
        CrawlOptions options = CrawlOptions.defaults().withPageSize(10).withStop(() -> written.get() >= 1);

        CrawlResult result = crawler("home", options).poll(archive, batch -> {
            archive.write(batch);
            written.incrementAndGet();
        });

        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.upToDate()).isFalse();
        assertThat(archive.checkpoint(Source.of(mastodon, Feed.parse("home"), sim.world().me()).key())).isPresent();
    }

    @Test
    void startPointsParse() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");

        assertThat(StartPoint.parse("beginning", now)).isInstanceOf(StartPoint.Beginning.class);
        assertThat(StartPoint.parse("NOW", now)).isInstanceOf(StartPoint.Now.class);
        assertThat(StartPoint.parse("7d", now)).isEqualTo(new StartPoint.Since(Instant.parse("2026-11-22T12:00:00Z")));
        assertThat(StartPoint.parse("2026-11-01", now)).isEqualTo(new StartPoint.Since(Instant.parse("2026-11-01T00:00:00Z")));
        assertThat(StartPoint.parse("109384", now)).isEqualTo(new StartPoint.AfterId("109384"));
    }

    @Test
    void batchesCarryTheirCheckpoint() {
        Archive archive = archive("a");
        List<Batch> batches = new ArrayList<>();

        crawler("home", CrawlOptions.defaults()).poll(archive, batch -> {
            batches.add(batch);
            archive.write(batch);
        });

        assertThat(batches).allSatisfy(batch -> assertThat(batch.checkpoint()).isPresent());
    }
}
