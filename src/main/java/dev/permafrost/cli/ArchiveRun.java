package dev.permafrost.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.permafrost.camel.crawl.AccountBackup;
import dev.permafrost.camel.crawl.BackupOptions;
import dev.permafrost.camel.crawl.BackupPart;
import dev.permafrost.camel.crawl.CollectionReport;
import dev.permafrost.camel.crawl.RequestCounter;
import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Account;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a personal backup, as {@code archive} and {@code demo} make it: the account, the
 * archive, the stop signal, the progress bars, the summary, the exit code.
 *
 * @param store the archive's URL
 * @param parts the parts to run
 * @param refresh re-walk everything
 * @param mediaFolder where media files go
 * @param output how to report
 */
record ArchiveRun(String store, Set<BackupPart> parts, boolean refresh, Path mediaFolder, Output output) {

    /** How a run reports: a table, JSON, or nothing on success ({@code --quiet}); bars only with TEXT at a terminal. */
    enum Output { TEXT, JSON, QUIET, QUIET_JSON }

    /** The media folder next to an archive: beside the H2 file, or inside the Parquet folder. */
    static Path mediaFolderOf(String store) {
        Archives.StoreUrl url = parseStore(store);
        Path path = url.path().toAbsolutePath().normalize();
        // Inside a Parquet folder, media/ is the media dataset: files go beside it, where no glob reads them.
        return url.scheme() == Archives.StoreUrl.Scheme.H2 ? path.resolveSibling("media") : path.resolve("_media_files");
    }

    /**
     * Keeps Permafrost's and Flyway's log lines (retries, rate-limit waits, migrations) to errors,
     * so {@code --quiet} prints nothing on success. It must run before those loggers are created,
     * i.e. before any client or archive; a level the user set with {@code -D} wins.
     */
    static void quietLogs() {
        for (String logger : java.util.List.of("dev.permafrost", "org.flywaydb")) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "error");
            }
        }
    }

    static Archives.StoreUrl parseStore(String store) {
        try {
            return Archives.StoreUrl.parse(store);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--store: " + e.getMessage());
        }
    }

    /**
     * Backs up the account the client acts for.
     *
     * @param requests the client's exchange log, counting its requests
     * @return the exit code: 0 when every part was read or skipped, 1 when one failed or the run was stopped
     */
    int run(Mastodon mastodon, RequestCounter requests, PrintWriter out, PrintWriter err) {
        parseStore(store);
        Instant started = Instant.now();
        Account me = mastodon.accounts().verifyCredentials();
        // The signal covers the summary too: a stopped run still says what it stored.
        try (StopSignal stop = StopSignal.install()) {
            stop.enlist(Thread.currentThread());
            List<CollectionReport> reports;
            try (Archive archive = Archives.open(store)) {
                BackupOptions options = new BackupOptions(parts, refresh, mediaFolder, stop.flag());
                try {
                    reports = new AccountBackup(mastodon, me, archive, options, requests, Clock.systemUTC())
                            .run(ProgressView.of(output == Output.TEXT, Map.of(mastodon.authority(), mastodon)));
                } finally {
                    Thread.interrupted(); // an interrupt meant for a rate-limit wait must not reach the archive's close
                }
            }
            RunSummary summary = new RunSummary("Archived @" + me.acct() + " of " + mastodon.authority() + " into " + store,
                    reports, Duration.between(started, Instant.now()), stop.raised());
            switch (output) {
                case TEXT -> summary.printText(out, false);
                case JSON, QUIET_JSON -> summary.printJson(out, head(mastodon, me));
                case QUIET -> { }
            }
            if (output == Output.QUIET || output == Output.QUIET_JSON) {
                summary.printFailures(err);
            }
            return summary.exitCode();
        }
    }

    private ObjectNode head(Mastodon mastodon, Account me) {
        ObjectNode head = RunSummary.head();
        head.put("instance", mastodon.authority());
        head.put("account", me.acct());
        head.put("account_id", me.id());
        head.put("store", store);
        head.put("media_folder", mediaFolder.toString());
        return head;
    }
}
