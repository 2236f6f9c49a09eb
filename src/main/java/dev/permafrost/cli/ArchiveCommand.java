package dev.permafrost.cli;

import dev.permafrost.camel.crawl.BackupPart;
import dev.permafrost.camel.crawl.RequestCounter;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.ratelimit.RateLimiters;
import dev.permafrost.store.Archives;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code permafrost archive}: a whole personal backup of the logged-in account, incremental on every rerun. */
@Command(name = "archive", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Backs up your account into an archive; every rerun reads only what is new.",
            "Collections: statuses (yours: boosts and direct messages included), favourites,",
            "bookmarks, followers, following, notifications, home, lists (with their members),",
            "blocks, mutes, domain-blocks, filters, followed-tags, conversations, scheduled,",
            "edits (the history of your statuses edited since the last run), polls (of your",
            "statuses, refreshed while open); when asked for: context (the thread of each of",
            "your statuses) and media (the files of your statuses, named by SHA-256).",
            "A collection the server does not offer is skipped with a warning.",
            "Ctrl-C or SIGTERM stops after the page in hand; the next run goes on from there.",
            "Exit codes: 0 success, 1 failure (or stopped), 2 usage error."})
final class ArchiveCommand implements Callable<Integer> {

    @Mixin
    ClientOptions client;

    @Option(names = "--store", paramLabel = "URL", defaultValue = Archives.DEFAULT_URL,
            description = "The archive: h2:PATH or parquet:DIR (default: ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Only these collections (context and media included when named).")
    List<String> only;

    @Option(names = "--skip", paramLabel = "NAME", split = ",", description = "Leave these collections out.")
    List<String> skip;

    @Option(names = "--with", paramLabel = "NAME", split = ",",
            description = "Add collections that are off by default: context, media.")
    List<String> with;

    @Option(names = "--refresh",
            description = "Walk everything again, to catch edits and deletions of old statuses (your statuses no longer served are marked deleted).")
    boolean refresh;

    @Option(names = "--media-dir", paramLabel = "DIR",
            description = "Where media files go (default: media/ beside the H2 file, or _media_files/ inside the Parquet folder).")
    Path mediaDir;

    @Option(names = "--json", description = "Print the summary as JSON (per collection: items, pages, requests, skipped, warnings).")
    boolean json;

    @Option(names = "--quiet", description = "Print nothing on success (for cron); with --json, only the JSON.")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Logins logins;

    ArchiveCommand(Logins logins) {
        this.logins = logins;
    }

    @Override
    public Integer call() {
        if (quiet) {
            ArchiveRun.quietLogs();
        }
        Set<BackupPart> parts = parts(only, skip, with);
        logins.defaultInstance(client);
        Optional<String> token = logins.token(client);
        if (token.isEmpty()) {
            throw new UsageException("archive needs an access token for " + client.instance + ": run permafrost login,"
                    + " or give --token-file FILE or the " + ClientOptions.TOKEN_ENV + " variable");
        }
        RequestCounter requests = new RequestCounter();
        Mastodon mastodon = client.client(new RateLimiters(), token).newBuilder().httpLogger(requests).build();
        Path media = mediaDir != null ? mediaDir.toAbsolutePath() : ArchiveRun.mediaFolderOf(store);
        ArchiveRun.Output output = json ? (quiet ? ArchiveRun.Output.QUIET_JSON : ArchiveRun.Output.JSON)
                : quiet ? ArchiveRun.Output.QUIET : ArchiveRun.Output.TEXT;
        return new ArchiveRun(store, parts, refresh, media, output)
                .run(mastodon, requests, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The parts to run: the defaults, or {@code --only}; then {@code --with} added and {@code --skip} removed. */
    static Set<BackupPart> parts(List<String> only, List<String> skip, List<String> with) {
        if (only != null && with != null) {
            throw new UsageException("give --only or --with, not both (--only names every collection to run)");
        }
        Set<BackupPart> parts = only == null ? EnumSet.copyOf(BackupPart.defaults()) : EnumSet.noneOf(BackupPart.class);
        if (only != null) {
            parts.addAll(parse(only, "--only"));
        }
        if (with != null) {
            parts.addAll(parse(with, "--with"));
        }
        if (skip != null) {
            parts.removeAll(parse(skip, "--skip"));
        }
        if (parts.isEmpty()) {
            throw new UsageException("no collection is left to archive; check --only and --skip");
        }
        return parts;
    }

    private static Set<BackupPart> parse(List<String> names, String option) {
        Set<BackupPart> parts = EnumSet.noneOf(BackupPart.class);
        for (String name : names) {
            try {
                parts.add(BackupPart.parse(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException(option + ": " + e.getMessage());
            }
        }
        return parts;
    }
}
