package dev.permafrost.camel.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import dev.permafrost.store.CollectionKey;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-walks of an account's statuses into the Parquet archive, whose sightings of unchanged
 * statuses live in memory: a stopped refresh resumed by the same process marks deletions, one
 * resumed after a restart marks nothing (rather than guess), and the next whole refresh does.
 */
class ParquetRefreshTest {
    @TempDir
    Path folder;

    private SimServer sim;
    private Mastodon mastodon;
    private Archive archive;
    private String me;
    private String deleted;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build());
        mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken()).build();
        me = sim.world().me();
        archive = open();
        crawler(CrawlOptions.defaults()).poll(archive, archive::write);
        deleted = original(45);
        sim.world().deleteStatus(deleted);
    }

    @AfterEach
    void stop() {
        archive.close();
        sim.close();
    }

    private Archive open() {
        return Archives.open("parquet:" + folder.resolve("archive"));
    }

    private CollectionCrawler crawler(CrawlOptions options) {
        return new CollectionCrawler(Source.of(mastodon, Feed.parse("statuses:" + me), me), options, Clock.systemUTC());
    }

    private CollectionKey statuses() {
        return crawler(CrawlOptions.defaults()).source().key();
    }

    /** The n-th of the account's statuses (newest first) that is not a boost, as the archive holds them. */
    private String original(int n) {
        List<String> originals = archive.originalStatusIds(statuses());
        return sim.world().accountStatusIds(me).stream().skip(n).filter(originals::contains).findFirst().orElseThrow();
    }

    /** Refreshes two pages of ten, then stops. */
    private void stoppedRefresh() {
        AtomicInteger pages = new AtomicInteger();
        CrawlOptions stopping = CrawlOptions.defaults().withPageSize(10).withStop(() -> pages.get() >= 2);
        CrawlResult stopped = crawler(stopping).refresh(archive, batch -> {
            archive.write(batch);
            pages.incrementAndGet();
        });
        assertThat(stopped.upToDate()).isFalse();
    }

    @Test
    void aRefreshMarksTheStatusNoLongerServedAsDeleted() {
        CrawlResult refresh = crawler(CrawlOptions.defaults()).refresh(archive, archive::write);

        assertThat(refresh.upToDate()).isTrue();
        assertThat(archive.originalStatusIds(statuses())).doesNotContain(deleted).isNotEmpty();
    }

    @Test
    void aStoppedRefreshResumedByTheSameProcessStillMarksDeletions() {
        stoppedRefresh();
        assertThat(archive.originalStatusIds(statuses())).contains(deleted);

        crawler(CrawlOptions.defaults().withPageSize(10)).poll(archive, archive::write);

        assertThat(archive.originalStatusIds(statuses())).doesNotContain(deleted);
    }

    @Test
    void aStoppedRefreshResumedAfterARestartMarksNothingAndTheNextRefreshDoes() {
        stoppedRefresh();
        archive.close();
        archive = open();
        int before = archive.originalStatusIds(statuses()).size();

        CrawlResult resumed = crawler(CrawlOptions.defaults().withPageSize(10)).poll(archive, archive::write);

        assertThat(resumed.upToDate()).isTrue();
        assertThat(archive.originalStatusIds(statuses())).contains(deleted).hasSize(before);

        crawler(CrawlOptions.defaults()).refresh(archive, archive::write);

        assertThat(archive.originalStatusIds(statuses())).doesNotContain(deleted).hasSize(before - 1);
    }
}
