package dev.permafrost.store.parquet;

import dev.permafrost.model.Json;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures the Parquet archive's write rate against Jackson parsing of the same ~4 KB statuses
 * (not a test). Statuses are the recorded {@code status_full.json} with unique status, author and
 * media IDs and creation times spread over 30 days, written 40 a batch into a home timeline.
 *
 * <p>Run: {@code java -Xmx256m -cp target/classes:target/test-classes:<test class path>
 * dev.permafrost.store.parquet.ParquetWriteBenchmark 1000000 /tmp/bench}
 */
public final class ParquetWriteBenchmark {
    private ParquetWriteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path directory = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parquet-bench");
        Json json = Json.create();
        String template = Fixtures.text("status_full.json");
        Status sample = json.read(template.getBytes(StandardCharsets.UTF_8), Status.class);
        System.out.printf("status JSON: %d bytes; %d statuses into %s; max heap %d MB%n", template.length(), count,
                directory, Runtime.getRuntime().maxMemory() >> 20);

        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("-- round %d%s%n", round, round < rounds ? " (warm-up)" : "");
            measure(json, template, sample, count, directory.resolve("round-" + round));
        }
        // a later run: opening the archive and writing one batch builds the indexes from the files
        long reopen = System.nanoTime();
        try (ParquetStore archive = ParquetStore.open(directory.resolve("round-" + rounds), ParquetOptions.defaults())) {
            archive.write(new Batch(new CollectionKey("localhost:3000", "1", "home"),
                    List.of(json.read(variant(template, sample, 0), Status.class)), Optional.empty(), Optional.empty()));
            System.out.printf("reopen + first batch (index of %,d statuses built from the files): %.1f s%n", count,
                    (System.nanoTime() - reopen) / 1e9);
        }
        long bytes;
        try (var files = Files.walk(directory)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf("on disk:         %,d MB%n", bytes >> 20);
    }

    private static void measure(Json json, String template, Status sample, int count, Path directory) {
        long parseCpu = cpuNanos();
        long parseNanos = parseOnly(json, template, sample, count);
        parseCpu = cpuNanos() - parseCpu;
        double parseRate = count / (parseNanos / 1e9);
        System.out.printf("parse only:      %,.0f statuses/s (%,.0f per CPU second)%n", parseRate, count / (parseCpu / 1e9));

        long start = System.nanoTime();
        long totalCpu = cpuNanos();
        CollectionKey home = new CollectionKey("localhost:3000", "1", "home");
        long inWrite = 0;
        try (ParquetStore archive = ParquetStore.open(directory, ParquetOptions.defaults())) {
            List<Status> batch = new ArrayList<>(40);
            for (int i = 0; i < count; i++) {
                batch.add(json.read(variant(template, sample, i), Status.class));
                if (batch.size() == 40 || i == count - 1) {
                    long writeStart = System.nanoTime();
                    archive.write(new Batch(home, batch, Optional.empty(), Optional.empty()));
                    inWrite += System.nanoTime() - writeStart;
                    batch = new ArrayList<>(40);
                }
            }
        }
        long totalNanos = System.nanoTime() - start;
        totalCpu = cpuNanos() - totalCpu;
        System.out.printf("CPU, all threads: parse + write %.1f s, parse alone %.1f s: writing costs %,.0f statuses"
                + " per CPU second = %.2f of parsing's%n", totalCpu / 1e9, parseCpu / 1e9,
                count / ((totalCpu - parseCpu) / 1e9), (double) parseCpu / (totalCpu - parseCpu));
        System.out.printf("inside write():  %,.0f statuses/s (%.1f s)%n", count / (inWrite / 1e9), inWrite / 1e9);
        double writeRate = count / ((totalNanos - parseNanos) / 1e9);
        System.out.printf("parse + write:   %,.0f statuses/s (%.1f s)%n", count / (totalNanos / 1e9), totalNanos / 1e9);
        System.out.printf("write alone:     %,.0f statuses/s = %.2f of the parse rate%n", writeRate, writeRate / parseRate);
    }

    /** CPU time of the whole process (every thread, GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long parseOnly(Json json, String template, Status sample, int count) {
        long start = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < count; i++) {
            sink += json.read(variant(template, sample, i), Status.class).id().length();
        }
        if (sink == 42) {
            System.out.println();
        }
        return System.nanoTime() - start;
    }

    /** The template with unique IDs for the status, its author and media, created within 30 days. */
    static byte[] variant(String template, Status sample, int i) {
        return Variants.of(template, sample).make(i);
    }

    /** The template cut at the values that vary, so a variant is a few appends. */
    record Variants(List<String> pieces, List<Character> kinds) {
        private static Variants cached;

        static synchronized Variants of(String template, Status sample) {
            if (cached == null) {
                String marked = template.replace(sample.id(), "\u0001s\u0001")
                        .replace(sample.account().id(), "\u0001a\u0001")
                        .replace("\"created_at\":\"" + sample.createdAt() + "\"", "\"created_at\":\"\u0001c\u0001\"");
                int m = 0;
                for (MediaAttachment media : sample.mediaAttachments()) {
                    marked = marked.replace(media.id(), "\u0001" + (char) ('0' + m++) + "\u0001");
                }
                List<String> pieces = new ArrayList<>();
                List<Character> kinds = new ArrayList<>();
                String[] parts = marked.split("\u0001");
                for (int p = 0; p < parts.length; p++) {
                    if (p % 2 == 0) {
                        pieces.add(parts[p]);
                    } else {
                        kinds.add(parts[p].charAt(0));
                    }
                }
                cached = new Variants(pieces, kinds);
            }
            return cached;
        }

        byte[] make(int i) {
            StringBuilder out = new StringBuilder(5000);
            Instant created = Instant.parse("2026-07-01T00:00:00Z").plus(i % (30 * 24 * 60), ChronoUnit.MINUTES);
            for (int p = 0; p < pieces.size(); p++) {
                out.append(pieces.get(p));
                if (p < kinds.size()) {
                    char kind = kinds.get(p);
                    switch (kind) {
                        case 's' -> out.append(200_000_000_000_000_000L + i);
                        case 'a' -> out.append(300_000_000_000_000_000L + i % 5_000);
                        case 'c' -> out.append(created);
                        default -> out.append(400_000_000_000_000_000L + i * 8L + (kind - '0'));
                    }
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
