package dev.permafrost.cli;

import dev.permafrost.client.Cursor;
import dev.permafrost.model.Json;
import dev.permafrost.model.Status;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost bench store}: how fast statuses go from the JSON a server sends into each
 * archive, against parsing alone, measured in one run on the same data: the simulator's public
 * timeline (realistic statuses of about 3 KB), fetched a page at a time. Only parsing and writing
 * are timed, never the fetching, and one page is in memory at a time, so it runs in a small heap.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Measures parse, H2 and Parquet write rates on the simulator's statuses, in one run.",
            "The last lines are: parse: N statuses/s, h2: N statuses/s (R of parse), parquet: N statuses/s (R of parse).",
            "Try it in a small heap: java -Xmx256m -jar target/permafrost.jar bench store --statuses 1000000"})
final class BenchStore implements Callable<Integer> {

    @Option(names = "--statuses", defaultValue = "200000", description = "How many statuses (default: ${DEFAULT-VALUE}).")
    int statuses;

    @Option(names = "--folder", description = "Where the archives go (default: a temporary folder, removed after).")
    Path folder;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (statuses < 40) {
            throw new UsageException("--statuses must be at least 40");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = folder != null ? Files.createDirectories(folder) : Files.createTempDirectory("permafrost-bench");
        Timings timings = new Timings();
        SimConfig config = SimConfig.large().toBuilder().publicTimeline(Math.max(statuses, 1000)).maxRecordedRequests(100).build();
        try (SimServer sim = SimServer.start(config)) {
            out.println("Writing " + statuses + " statuses from " + sim.baseUri() + " into " + work
                    + ", once into each archive (one archive open at a time)");
            out.flush();
            timings.h2 = pass(sim, "h2:" + work.resolve("bench"), timings, out);
            timings.parquet = pass(sim, "parquet:" + work.resolve("bench-parquet"), timings, out);
        } finally {
            if (folder == null) {
                deleteRecursively(work);
            }
        }
        timings.print(out);
        return 0;
    }

    /** Pages through the simulator's public timeline into one archive; returns the nanoseconds spent writing. */
    private long pass(SimServer sim, String store, Timings timings, PrintWriter out) throws Exception {
        Json json = Json.create();
        HttpClient http = HttpClient.newHttpClient();
        CollectionKey key = new CollectionKey(sim.authority(), "", "public");
        long writing = 0;
        long done = 0;
        try (Archive archive = Archives.open(store)) {
            URI next = URI.create(sim.baseUri() + "/api/v1/timelines/public?limit=40");
            while (done < statuses && next != null) {
                HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofByteArray());
                byte[] body = page.body();
                long started = System.nanoTime();
                List<Status> parsed = json.readList(body, Status.class);
                long parsedAt = System.nanoTime();
                timings.parse += parsedAt - started;
                timings.parsed += parsed.size();
                timings.bytes += body.length;
                if (parsed.isEmpty()) {
                    break;
                }
                List<Status> taken = parsed.subList(0, (int) Math.min(parsed.size(), statuses - done));
                Checkpoint checkpoint = new Checkpoint(key, taken.get(taken.size() - 1).id(), null, Instant.now());
                long before = System.nanoTime();
                archive.write(new Batch(key, taken, Optional.empty(), Optional.of(checkpoint)));
                writing += System.nanoTime() - before;
                done += taken.size();
                timings.sampleHeap();
                next = nextLink(page);
                if (done % 100_000 < taken.size()) {
                    out.println("  " + store.substring(0, store.indexOf(':')) + ": " + done + " statuses");
                    out.flush();
                }
            }
            long closing = System.nanoTime();
            archive.close();
            writing += System.nanoTime() - closing;
        }
        timings.statuses = done;
        return writing;
    }

    private static URI nextLink(HttpResponse<?> page) {
        return page.headers().allValues("Link").stream()
                .flatMap(value -> dev.permafrost.client.paging.LinkHeader.parse(List.of(value), page.uri()).next().stream())
                .map(Cursor::uri).findFirst().orElse(null);
    }

    private static void deleteRecursively(Path path) {
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nanoseconds spent per step, and the summary lines. */
    private static final class Timings {
        long statuses;
        long parsed;
        long bytes;
        long parse;
        long h2;
        long parquet;
        long peakHeap;

        void print(PrintWriter out) {
            double parseRate = parsed == 0 ? 0 : parsed * 1e9 / parse;
            double perStatusParse = parsed == 0 ? 0 : (double) parse / parsed;
            double h2Rate = rate(perStatusParse * statuses + h2);
            double parquetRate = rate(perStatusParse * statuses + parquet);
            out.println("statuses: " + statuses + " (" + (parsed == 0 ? 0 : bytes / parsed) + " bytes of JSON each)");
            out.println("heap: " + peakHeap / (1024 * 1024) + " MB used at most, garbage included (limit "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
            out.println("parse: " + Math.round(parseRate) + " statuses/s");
            out.println("h2: " + Math.round(h2Rate) + " statuses/s (" + ratio(h2Rate, parseRate) + " of parse)");
            out.println("parquet: " + Math.round(parquetRate) + " statuses/s (" + ratio(parquetRate, parseRate) + " of parse)");
            out.flush();
        }

        private double rate(double nanos) {
            return nanos == 0 ? 0 : statuses * 1e9 / nanos;
        }

        private static String ratio(double rate, double baseline) {
            return String.format(Locale.ROOT, "%.2f", baseline == 0 ? 0 : rate / baseline);
        }

        void sampleHeap() {
            peakHeap = Math.max(peakHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

}
