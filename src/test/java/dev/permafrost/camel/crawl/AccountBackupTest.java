package dev.permafrost.camel.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.camel.crawl.CollectionReport.Outcome;
import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Account;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole backup stopped halfway and run again ends with the archive of an uninterrupted one. One
 * simulator and one uninterrupted archive serve every case: reading changes nothing in the sim.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountBackupTest {
    /** Columns that say when, not what: they differ between any two runs. */
    private static final List<String> TIMES = List.of("first_seen", "last_seen", "updated_at");
    private static final List<String> TABLES = List.of("accounts", "statuses", "notifications", "favourites", "bookmarks",
            "follows", "timeline_entries", "lists", "list_members", "blocks", "mutes", "domain_blocks", "followed_tags",
            "conversations", "filters", "scheduled_statuses", "polls", "media", "status_edits", "checkpoints");

    @TempDir
    static Path folder;

    private SimServer sim;
    private RequestCounter requests;
    private Account me;

    private List<CollectionReport> whole;

    @BeforeAll
    void start() {
        sim = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build());
        me = client().accounts().verifyCredentials();
        whole = backup("whole", () -> false, CrawlListener.NONE);
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    /**
     * A client of its own for each run, as each command has: a sim without rate limits sends no
     * headers, so a client assumes Mastodon's budget, which many runs on one client would exhaust.
     */
    private Mastodon client() {
        requests = new RequestCounter();
        return Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken())
                .httpLogger(requests).build();
    }

    private List<CollectionReport> backup(String name, BooleanSupplier stop, CrawlListener listener) {
        Mastodon mastodon = client();
        Set<BackupPart> everything = EnumSet.allOf(BackupPart.class);
        try (Archive archive = Archives.open("h2:" + folder.resolve(name))) {
            BackupOptions options = new BackupOptions(everything, false, folder.resolve(name + "-media"), stop);
            return new AccountBackup(mastodon, me, archive, options, requests, Clock.systemUTC()).run(listener);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 11, 45})
    void aBackupStoppedAfterSomePagesAndRunAgainEndsWithTheSameArchive(int pagesBeforeTheStop) {
        String name = "stopped-" + pagesBeforeTheStop;
        AtomicLong pages = new AtomicLong();
        CrawlListener counting = new CrawlListener() {
            @Override
            public void progressed(String instance, String collection, long items, long pagesSoFar) {
                pages.incrementAndGet();
            }
        };

        List<CollectionReport> stopped = backup(name, () -> pages.get() >= pagesBeforeTheStop, counting);
        List<CollectionReport> resumed = backup(name, () -> false, CrawlListener.NONE);

        assertThat(whole).allSatisfy(report -> assertThat(report.outcome()).isEqualTo(Outcome.DONE));
        assertThat(stopped).anySatisfy(report -> assertThat(report.outcome()).isEqualTo(Outcome.INCOMPLETE));
        assertThat(resumed).allSatisfy(report -> assertThat(report.outcome()).isEqualTo(Outcome.DONE));
        for (String table : TABLES) {
            assertThat(rows(name, table)).as(table).isEqualTo(rows("whole", table));
        }
    }

    private List<String> rows(String name, String table) {
        return new dev.permafrost.cli.ArchiveDb(folder.resolve(name)).rows(table, TIMES);
    }
}
