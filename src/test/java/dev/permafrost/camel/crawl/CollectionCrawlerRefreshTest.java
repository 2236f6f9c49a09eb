package dev.permafrost.camel.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-walks of growing collections, and capped walks of relationship lists. */
class CollectionCrawlerRefreshTest {
    @TempDir
    Path folder;

    private SimServer sim;
    private Mastodon mastodon;
    private Archive archive;
    private String me;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build());
        mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken()).build();
        archive = Archives.open("h2:" + folder.resolve("a"));
        me = sim.world().me();
    }

    @AfterEach
    void stop() {
        archive.close();
        sim.close();
    }

    private CollectionCrawler crawler(String collection, CrawlOptions options) {
        return new CollectionCrawler(Source.of(mastodon, Feed.parse(collection), me), options, Clock.systemUTC());
    }

    private List<String> ids(String sql) {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("a"), "sa", "");
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

    @Test
    void aRefreshOfOwnStatusesMarksTheOnesNoLongerServedAsDeleted() {
        crawler("statuses:" + me, CrawlOptions.defaults()).poll(archive, archive::write);
        String deleted = sim.world().accountStatusIds(me).get(30);
        sim.world().deleteStatus(deleted);

        CrawlResult refresh = crawler("statuses:" + me, CrawlOptions.defaults()).refresh(archive, archive::write);

        assertThat(refresh.upToDate()).isTrue();
        assertThat(ids("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).containsExactly(deleted);
    }

    @Test
    void aPlainPollMarksNothingDeleted() {
        crawler("statuses:" + me, CrawlOptions.defaults()).poll(archive, archive::write);
        sim.world().deleteStatus(sim.world().accountStatusIds(me).get(30));

        crawler("statuses:" + me, CrawlOptions.defaults()).poll(archive, archive::write);

        assertThat(ids("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).isEmpty();
    }

    @Test
    void aStoppedRefreshGoesOnWithTheNextPollAndStillMarksDeletions() {
        crawler("statuses:" + me, CrawlOptions.defaults()).poll(archive, archive::write);
        String deleted = sim.world().accountStatusIds(me).get(45);
        sim.world().deleteStatus(deleted);
        AtomicInteger pages = new AtomicInteger();
        CrawlOptions stopping = CrawlOptions.defaults().withPageSize(10).withStop(() -> pages.get() >= 2);

        CrawlResult stopped = crawler("statuses:" + me, stopping).refresh(archive, batch -> {
            archive.write(batch);
            pages.incrementAndGet();
        });
        assertThat(stopped.upToDate()).isFalse();
        assertThat(ids("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).isEmpty();
        String posted = sim.world().postStatus(me, "Posted while the refresh was stopped");

        CrawlResult resumed = crawler("statuses:" + me, CrawlOptions.defaults().withPageSize(10)).poll(archive, archive::write);

        assertThat(resumed.upToDate()).isTrue();
        assertThat(ids("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).containsExactly(deleted);
        assertThat(ids("SELECT status_id FROM timeline_entries WHERE timeline = 'statuses'")).contains(posted);
    }

    @Test
    void aRefreshThenReadsForwardFromTheOldCheckpoint() {
        crawler("home", CrawlOptions.defaults()).poll(archive, archive::write);
        List<String> arrived = sim.world().postStatuses(5, dev.permafrost.sim.Where.home());

        crawler("home", CrawlOptions.defaults()).refresh(archive, archive::write);

        assertThat(ids("SELECT status_id FROM timeline_entries WHERE timeline = 'home'")).containsAll(arrived)
                .hasSize(sim.world().homeTimelineCount());
        assertThat(ids("SELECT id FROM statuses WHERE deleted_at IS NOT NULL")).isEmpty();
    }

    @Test
    void aCappedWalkOfARelationshipListMarksNothingEnded() {
        crawler("followers:" + me, CrawlOptions.defaults()).poll(archive, archive::write);
        sim.requests().clear();

        CrawlResult capped = crawler("followers:" + me, CrawlOptions.defaults().withPageSize(10).withMaxItems(15))
                .poll(archive, archive::write);

        assertThat(capped.items()).isEqualTo(15);
        assertThat(sim.requests().count()).isEqualTo(2);
        assertThat(ids("SELECT follower_id FROM follows WHERE ended_at IS NOT NULL")).isEmpty();
    }
}
