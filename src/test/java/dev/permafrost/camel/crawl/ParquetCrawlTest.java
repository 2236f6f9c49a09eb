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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawl engine into a Parquet archive, read back with DuckDB. */
class ParquetCrawlTest {
    @TempDir
    Path folder;

    private SimServer sim;
    private Mastodon mastodon;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
        mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken()).build();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private CollectionCrawler crawler(String collection, CrawlOptions options) {
        return new CollectionCrawler(Source.of(mastodon, Feed.parse(collection), sim.world().me()), options, Clock.systemUTC());
    }

    private List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return values;
    }

    private List<String> homeEntries(String dataset) {
        return column("SELECT status_id FROM read_parquet('" + folder.resolve(dataset) + "/timeline_entries/**/*.parquet',"
                + " hive_partitioning = true) WHERE timeline = 'home'");
    }

    @Test
    void aFullCrawlAndARerunCostWhatTheyCostWithH2() {
        try (Archive archive = Archives.open("parquet:" + folder.resolve("a"))) {
            CollectionCrawler crawler = crawler("home", CrawlOptions.defaults());
            crawler.poll(archive, archive::write);
            List<String> arrived = sim.world().postStatuses(50, Where.home());
            sim.requests().clear();

            crawler.poll(archive, archive::write);

            assertThat(sim.requests().count()).isEqualTo(3);
            assertThat(arrived).hasSize(50);
        }
        assertThat(homeEntries("a")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
    }

    @Test
    void aCrawlKilledHalfwayAndRestartedLeavesNoGapAndNoDuplicate() {
        AtomicInteger pages = new AtomicInteger();
        try (Archive archive = Archives.open("parquet:" + folder.resolve("a"))) {
            assertThatThrownBy(() -> crawler("home", CrawlOptions.defaults().withPageSize(10)).poll(archive, batch -> {
                if (pages.incrementAndGet() == 4) {
                    throw new IllegalStateException("killed");
                }
                archive.write(batch);
            })).hasMessage("killed");
        }
        try (Archive reopened = Archives.open("parquet:" + folder.resolve("a"))) {
            crawler("home", CrawlOptions.defaults().withPageSize(10)).poll(reopened, reopened::write);
        }

        assertThat(homeEntries("a")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
    }
}
