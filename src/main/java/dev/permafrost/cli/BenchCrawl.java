package dev.permafrost.cli;

import dev.permafrost.camel.MastodonComponent;
import dev.permafrost.camel.MastodonConsumer;
import dev.permafrost.camel.PollReport;
import dev.permafrost.client.Direction;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.client.api.Timelines;
import dev.permafrost.model.Status;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archives;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost bench crawl}: crawls the simulator's public timeline through a Camel route
 * ({@code mastodon:} into {@code archive:}) into H2 and into Parquet, and compares the rate end to
 * end with the rate at which the client alone pages and parses the same statuses, measured in the
 * same run. Target: at least half the client's rate.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawls the simulator's public timeline (1,000,000 statuses, no rate limits) through a Camel"
                + " route into H2 and Parquet, and prints statuses per second end to end, requests per status and"
                + " the heap, against the client alone paging and parsing the same statuses."})
final class BenchCrawl implements Callable<Integer> {
    private static final String ROUTE = "bench";
    // The sim sends no rate-limit headers here, and the client then assumes Mastodon's budget (300
    // requests in 5 minutes) in wait and pace modes; throw mode never waits, and no 429 comes.

    @Option(names = "--statuses", defaultValue = "200000", paramLabel = "N",
            description = "Statuses to crawl (default: ${DEFAULT-VALUE}).")
    int statuses;

    @Option(names = "--stores", defaultValue = "h2,parquet", split = ",", paramLabel = "KIND",
            description = "Archives to crawl into: h2, parquet (default: ${DEFAULT-VALUE}).")
    List<String> stores;

    @Option(names = "--no-prefetch", description = "Fetch each page only after the route stored the one before.")
    boolean noPrefetch;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What one measured run did. */
    private record Run(long statuses, long requests, double seconds, long heapPeak) {
        double rate() {
            return statuses / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (statuses < 1 || statuses > 1_000_000) {
            throw new UsageException("--statuses must be between 1 and 1000000 (the simulator's public timeline)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("permafrost-bench");
        try (SimServer sim = SimServer.start(SimConfig.large())) {
            out.printf(Locale.ROOT, "Crawl of %,d statuses of the simulator's public timeline (%d cores, max heap %s)%n",
                    statuses, Runtime.getRuntime().availableProcessors(), megabytes(Runtime.getRuntime().maxMemory()));
            out.flush();
            client(sim, Math.min(statuses, 20_000)); // warm-up
            Run baseline = client(sim, statuses);
            out.printf(Locale.ROOT, "client alone: %,.0f statuses/s (%.1f s, %.4f requests per status, heap peak %s)%n",
                    baseline.rate(), baseline.seconds(), (double) baseline.requests() / baseline.statuses(),
                    megabytes(baseline.heapPeak()));
            out.flush();
            int failures = 0;
            for (String kind : stores) {
                String store = kind.trim() + ":" + folder.resolve(kind.trim());
                String unavailable = unavailable(store);
                if (unavailable != null) {
                    out.printf(Locale.ROOT, "%s: unavailable (%s)%n", kind.trim(), unavailable);
                    out.flush();
                    continue;
                }
                Run run = route(sim, store);
                if (run.statuses() != statuses) {
                    failures++;
                }
                out.printf(Locale.ROOT, "%s: %,.0f statuses/s (%.2f of client), %.1f s, %,d statuses, %.4f requests per"
                                + " status, heap peak %s%n", kind.trim(), run.rate(), run.rate() / baseline.rate(),
                        run.seconds(), run.statuses(), (double) run.requests() / run.statuses(), megabytes(run.heapPeak()));
                out.flush();
            }
            return failures == 0 ? 0 : 1;
        } finally {
            delete(folder);
        }
    }

    /** The client alone: pages the public timeline down and parses every status. */
    private static Run client(SimServer sim, int count) {
        Mastodon mastodon = Mastodon.builder().instance(sim.baseUri()).rateLimitMode(RateLimitMode.THROW).build();
        Heap heap = new Heap();
        long requestsBefore = sim.requests().count();
        long started = System.nanoTime();
        long seen = 0;
        Page<Status> first = mastodon.timelines().publicTimeline(Timelines.PublicOptions.FEDERATED, PageRequest.largest());
        Iterator<Page<Status>> pages = first.walk(Direction.OLDER).iterator();
        while (seen < count && pages.hasNext()) {
            seen += pages.next().items().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(Math.min(seen, count), sim.requests().count() - requestsBefore, seconds, heap.peak());
    }

    /** The route: mastodon:timeline/public into archive:, polled once. */
    private Run route(SimServer sim, String store) throws Exception {
        CamelContext context = new DefaultCamelContext();
        MastodonComponent mastodon = new MastodonComponent();
        mastodon.setInstance(sim.baseUri().toString());
        mastodon.setRateLimitMode("throw");
        mastodon.setArchive(store);
        mastodon.setManualPolls(true);
        context.addComponent("mastodon", mastodon);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("mastodon:timeline/public?maxItems=" + statuses + "&prefetch=" + !noPrefetch).routeId(ROUTE).to("archive:" + store);
            }
        });
        try {
            context.start();
            Heap heap = new Heap();
            long requestsBefore = sim.requests().count();
            long started = System.nanoTime();
            PollReport report = ((MastodonConsumer) context.getRoute(ROUTE).getConsumer()).pollOnce();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!report.succeeded()) {
                throw new IllegalStateException("the crawl into " + store + " failed: " + report.failure().orElseThrow());
            }
            return new Run(report.items(), sim.requests().count() - requestsBefore, seconds, heap.peak());
        } finally {
            context.stop();
        }
    }

    /** Why an archive cannot be opened here, or null when it can. */
    private static String unavailable(String store) {
        try {
            Archives.open(store).close();
            return null;
        } catch (UnsupportedOperationException e) {
            return e.getMessage();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    /** The peak of the heap from its creation on: the pools' peaks, reset when it is made. */
    private static final class Heap {
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

        Heap() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        long peak() {
            return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
