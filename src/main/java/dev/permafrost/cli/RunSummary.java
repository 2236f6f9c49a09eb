package dev.permafrost.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.permafrost.camel.crawl.CollectionReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary of an {@code archive} or {@code crawl} run: a table for people, or one JSON object
 * for scripts ({@code --json}): per collection its items, pages, requests, opted-out items,
 * whether it was skipped, failed or complete, and its warnings.
 *
 * @param title the first line: what was archived where
 * @param reports one per collection, in the order they ran
 * @param elapsed the run's duration
 * @param stopped whether a stop signal ended the run early
 */
record RunSummary(String title, List<CollectionReport> reports, Duration elapsed, boolean stopped) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    RunSummary {
        reports = List.copyOf(reports);
    }

    long requests() {
        return reports.stream().mapToLong(CollectionReport::requests).sum();
    }

    long optedOut() {
        return reports.stream().mapToLong(CollectionReport::optedOut).sum();
    }

    boolean failed() {
        return reports.stream().anyMatch(CollectionReport::failed);
    }

    /** Whether every collection was read to its end (skipped ones count as read: there is nothing to read). */
    boolean complete() {
        return !stopped && reports.stream().allMatch(report -> report.complete() || report.skipped());
    }

    /** The exit code: 1 when a collection failed or the run was stopped before its end. */
    int exitCode() {
        return failed() || stopped ? 1 : 0;
    }

    void printText(PrintWriter out, boolean withInstance) {
        out.println(title);
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(withInstance ? new String[] {"INSTANCE", "COLLECTION", "ITEMS", "PAGES", "REQUESTS", "RESULT"}
                : new String[] {"COLLECTION", "ITEMS", "PAGES", "REQUESTS", "RESULT"});
        for (CollectionReport report : reports) {
            String result = switch (report.outcome()) {
                case DONE -> "ok";
                case INCOMPLETE -> "incomplete";
                case SKIPPED -> "skipped";
                case FAILED -> "FAILED";
            };
            if (report.optedOut() > 0) {
                result += " (" + report.optedOut() + " opted out)";
            }
            String[] counts = {report.name(), number(report.items()), number(report.pages()), number(report.requests()), result};
            if (withInstance) {
                String[] row = new String[counts.length + 1];
                row[0] = report.instance();
                System.arraycopy(counts, 0, row, 1, counts.length);
                rows.add(row);
            } else {
                rows.add(counts);
            }
        }
        table(out, rows, withInstance ? 1 : 0);
        out.println();
        out.println(String.format(Locale.ROOT, "%s requests in %.1f s.", number(requests()), elapsed.toMillis() / 1000.0));
        List<String> warnings = new ArrayList<>();
        for (CollectionReport report : reports) {
            report.warnings().forEach(warning -> warnings.add((withInstance ? report.instance() + " " : "")
                    + report.name() + ": " + warning));
        }
        if (!warnings.isEmpty()) {
            out.println("Warnings:");
            warnings.forEach(warning -> out.println("  " + warning));
        }
        if (stopped) {
            out.println("Stopped before the end: what was read is stored; run the same command again to go on.");
        }
        out.flush();
    }

    void printJson(PrintWriter out, ObjectNode head) {
        ObjectNode root = head.deepCopy();
        root.put("complete", complete());
        root.put("stopped", stopped);
        root.put("requests", requests());
        root.put("opted_out", optedOut());
        root.put("elapsed_seconds", elapsed.toMillis() / 1000.0);
        ArrayNode collections = root.putArray("collections");
        for (CollectionReport report : reports) {
            ObjectNode node = collections.addObject();
            node.put("instance", report.instance());
            node.put("name", report.name());
            node.put("items", report.items());
            node.put("pages", report.pages());
            node.put("requests", report.requests());
            node.put("opted_out", report.optedOut());
            node.put("skipped", report.skipped());
            node.put("failed", report.failed());
            node.put("complete", report.complete());
            ArrayNode warnings = node.putArray("warnings");
            report.warnings().forEach(warnings::add);
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the summary as JSON", e);
        }
        out.flush();
    }

    /** Prints the warnings of failed collections, for {@code --quiet} runs that did not succeed. */
    void printFailures(PrintWriter err) {
        for (CollectionReport report : reports) {
            if (report.failed()) {
                report.warnings().forEach(warning -> err.println("permafrost: " + report.instance() + " "
                        + report.name() + ": " + warning));
            }
        }
        if (stopped) {
            err.println("permafrost: stopped before the end; run the same command again to go on");
        }
        err.flush();
    }

    static ObjectNode head() {
        return JSON.createObjectNode();
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Prints aligned columns; the three count columns after the name (at {@code offset}) are right-aligned. */
    private static void table(PrintWriter out, List<String[]> rows, int offset) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                boolean numeric = i >= offset + 1 && i <= offset + 3;
                line.append(' ').append(String.format(numeric ? "%" + widths[i] + "s" : "%-" + widths[i] + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
