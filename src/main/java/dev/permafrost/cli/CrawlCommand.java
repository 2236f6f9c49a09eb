package dev.permafrost.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.permafrost.camel.crawl.CollectionReport;
import dev.permafrost.camel.crawl.CrawlListener;
import dev.permafrost.camel.crawl.CrawlOptions;
import dev.permafrost.camel.crawl.OptOut;
import dev.permafrost.camel.crawl.RequestCounter;
import dev.permafrost.camel.crawl.ResearchCrawl;
import dev.permafrost.camel.crawl.StartPoint;
import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.ratelimit.RateLimiters;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost crawl}: research crawls of public timelines, hashtags, lists and accounts,
 * on one or several instances at once, into an archive; reruns take what is new.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Crawls public collections into an archive; every rerun reads only what is new.",
            "TARGET: public, local, remote, tag:NAME, list:ID, statuses:ACCOUNT,",
            "followers:ACCOUNT, following:ACCOUNT, context:STATUS_ID (ACCOUNT: an ID or",
            "@user@host). Several --instance are crawled at once, each on its own thread with",
            "its own rate budget. People who opt out of archiving (#nobot or #noarchive in",
            "their bio, noindex, not discoverable) are left out and counted, unless",
            "--include-opted-out. Ctrl-C or SIGTERM stops after the page in hand.",
            "Exit codes: 0 success, 1 failure (or stopped), 2 usage error."})
final class CrawlCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TARGET", description = "What to crawl.")
    List<String> targets;

    @Option(names = "--instance", paramLabel = "URL",
            description = "An instance to crawl; repeat it to crawl several at once (default: the one stored login).")
    List<String> instances;

    @Option(names = "--store", paramLabel = "URL", defaultValue = Archives.DEFAULT_URL,
            description = "The archive: h2:PATH or parquet:DIR (default: ${DEFAULT-VALUE}).")
    String store;

    @Option(names = "--since", paramLabel = "DATE|AGE",
            description = "Only statuses since a date (2026-11-01) or an age (7d, 12h); default: the whole history served.")
    String since;

    @Option(names = "--max", paramLabel = "N", description = "At most N items per target on its first crawl (and per walk of a followers or following list).")
    Long max;

    @Option(names = "--include-opted-out", description = "Keep statuses and accounts of people who opt out of archiving.")
    boolean includeOptedOut;

    /** One token and one rate-limit setting serve every instance. */
    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--quiet", description = "Print nothing on success (for cron); with --json, only the JSON.")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Logins logins;

    CrawlCommand(Logins logins) {
        this.logins = logins;
    }

    /** One instance to crawl: its client, its request counter. */
    private record Crawler(Mastodon mastodon, RequestCounter requests) {}

    @Override
    public Integer call() throws InterruptedException {
        if (quiet) {
            ArchiveRun.quietLogs();
        }
        List<Feed> feeds = feeds();
        CrawlOptions options = options();
        ArchiveRun.parseStore(store);
        Map<String, Crawler> crawlers = crawlers();
        Instant started = Instant.now();
        // The signal covers the summary too: a stopped crawl still says what it stored.
        try (StopSignal stop = StopSignal.install()) {
            List<CollectionReport> reports = crawlAll(crawlers, feeds, options.withStop(stop.flag()), stop);
            RunSummary summary = new RunSummary("Crawled " + String.join(", ", crawlers.keySet()) + " into " + store,
                    reports, Duration.between(started, Instant.now()), stop.raised());
            print(summary, crawlers);
            return summary.exitCode();
        }
    }

    /** Crawls every instance on a thread of its own, into one archive shared by all. */
    private List<CollectionReport> crawlAll(Map<String, Crawler> crawlers, List<Feed> feeds, CrawlOptions options,
                                            StopSignal stop) throws InterruptedException {
        List<CollectionReport> reports = new ArrayList<>();
        try (Archive archive = Archives.open(store)) {
            Map<String, Mastodon> clients = new LinkedHashMap<>();
            crawlers.forEach((authority, crawler) -> clients.put(authority, crawler.mastodon()));
            CrawlListener view = ProgressView.of(!json && !quiet, clients);
            ExecutorService threads = Executors.newFixedThreadPool(crawlers.size(), runnable -> {
                Thread thread = new Thread(runnable, "permafrost-crawl");
                thread.setDaemon(true);
                stop.enlist(thread);
                return thread;
            });
            try {
                List<Future<List<CollectionReport>>> running = new ArrayList<>();
                for (Crawler crawler : crawlers.values()) {
                    running.add(threads.submit(() -> {
                        try {
                            return new ResearchCrawl(crawler.mastodon(), archive, options, crawler.requests(),
                                    Clock.systemUTC()).run(feeds, view);
                        } finally {
                            Thread.interrupted(); // an interrupt meant for a rate-limit wait ends here
                        }
                    }));
                }
                for (Future<List<CollectionReport>> result : running) {
                    reports.addAll(result.get());
                }
            } catch (ExecutionException e) {
                stop.raise(); // the other instances stop after their page in hand
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } finally {
                threads.shutdown();
                if (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                    threads.shutdownNow();
                }
            }
        }
        return reports;
    }

    private void print(RunSummary summary, Map<String, Crawler> crawlers) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode head = RunSummary.head();
            head.put("store", store);
            ArrayNode instances = head.putArray("instances");
            crawlers.keySet().forEach(instances::add);
            summary.printJson(out, head);
        } else if (!quiet) {
            summary.printText(out, crawlers.size() > 1);
            if (summary.optedOut() > 0) {
                out.println("Skipped " + summary.optedOut() + " statuses and accounts of people who opted out of"
                        + " archiving (#nobot, #noarchive, noindex, not discoverable); --include-opted-out keeps them.");
                out.flush();
            }
        }
        if (quiet) {
            summary.printFailures(spec.commandLine().getErr());
        }
    }

    private List<Feed> feeds() {
        List<Feed> feeds = new ArrayList<>();
        for (String target : targets) {
            Feed feed;
            try {
                feed = Feed.parse(target);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (!ResearchCrawl.TARGETS.contains(feed.kind())) {
                throw new UsageException("crawl does not take '" + target + "'; it takes public, local, remote, tag:NAME,"
                        + " list:ID, statuses:ACCOUNT, followers:ACCOUNT, following:ACCOUNT, context:STATUS_ID"
                        + " (your own collections belong to permafrost archive)");
            }
            feeds.add(feed);
        }
        return feeds;
    }

    private CrawlOptions options() {
        CrawlOptions options = CrawlOptions.defaults();
        if (since != null) {
            StartPoint start;
            try {
                start = StartPoint.parse(since, Instant.now());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--since: " + e.getMessage());
            }
            if (!(start instanceof StartPoint.Since)) {
                throw new UsageException("--since takes a date (2026-11-01) or an age (7d, 12h), not '" + since + "'");
            }
            options = options.withStart(start);
        }
        if (max != null) {
            if (max < 1) {
                throw new UsageException("--max must be at least 1");
            }
            options = options.withMaxItems(max);
        }
        return includeOptedOut ? options : options.withKeep(OptOut.notOptedOut());
    }

    /** A client per instance, in the order given; the same instance twice is crawled once. */
    private Map<String, Crawler> crawlers() {
        List<String> urls = new ArrayList<>();
        if (instances == null || instances.isEmpty()) {
            ClientOptions options = clientOptions(null);
            logins.defaultInstance(options);
            urls.add(options.instance);
        } else {
            urls.addAll(new LinkedHashSet<>(instances));
        }
        RateLimiters limiters = new RateLimiters();
        Map<String, Crawler> crawlers = new LinkedHashMap<>();
        for (String url : urls) {
            ClientOptions options = clientOptions(url);
            RequestCounter requests = new RequestCounter();
            Mastodon mastodon = options.client(limiters, logins.token(options)).newBuilder().httpLogger(requests).build();
            crawlers.putIfAbsent(mastodon.authority(), new Crawler(mastodon, requests));
        }
        return crawlers;
    }

    private ClientOptions clientOptions(String instance) {
        return ClientOptions.of(instance, connection);
    }
}
