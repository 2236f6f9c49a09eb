package dev.permafrost.cli;

import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.TableCount;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code permafrost stats}: how many rows each table holds per instance, and every checkpoint. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints the rows per table and instance of an archive, and every checkpoint.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "URL", defaultValue = Archives.DEFAULT_URL,
            description = "The archive: h2:PATH or parquet:DIR (default: ${DEFAULT-VALUE}).")
    String store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Archive archive = Archives.openExisting(store)) {
            out.println("Archive " + store);
            out.println();
            out.println("Rows per table and instance:");
            List<String[]> counts = new ArrayList<>();
            counts.add(new String[] {"TABLE", "INSTANCE", "ROWS"});
            for (TableCount count : archive.counts()) {
                counts.add(new String[] {count.table(), count.instance(), String.format("%,d", count.rows())});
            }
            print(out, counts, "(no rows)", 2);
            out.println();
            out.println("Checkpoints:");
            List<String[]> checkpoints = new ArrayList<>();
            checkpoints.add(new String[] {"INSTANCE", "ACCOUNT", "COLLECTION", "CURSOR", "UPDATED AT"});
            for (Checkpoint checkpoint : archive.checkpoints()) {
                checkpoints.add(new String[] {checkpoint.key().instance(), orDash(checkpoint.key().account()),
                    checkpoint.key().collection(), orDash(checkpoint.cursor()), checkpoint.updatedAt().toString()});
            }
            print(out, checkpoints, "(no checkpoints)", -1);
        }
        out.flush();
        return 0;
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    /** Prints rows as aligned columns; {@code rightAligned} is the index of a numeric column, or -1. */
    private static void print(PrintWriter out, List<String[]> rows, String empty, int rightAligned) {
        if (rows.size() == 1) {
            out.println("  " + empty);
            return;
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                String format = i == rightAligned ? "%" + widths[i] + "s" : "%-" + widths[i] + "s";
                line.append(' ').append(String.format(format, row[i])).append(i < row.length - 1 ? " " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
