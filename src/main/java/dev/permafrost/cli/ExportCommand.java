package dev.permafrost.cli;

import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import dev.permafrost.store.H2Archive;
import dev.permafrost.store.JsonLinesExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost export}: writes an H2 archive out as JSON Lines (one file per table), or
 * copies it into another archive ({@code parquet:DIR}, or {@code h2:PATH}) collection by collection.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports an H2 archive: --to jsonl:DIR writes one JSON Lines file per table"
            + " (DIR/statuses.jsonl...), raw JSON embedded; --to parquet:DIR or h2:PATH copies it into a new"
            + " archive, collection by collection (first/last seen become the time of the copy)."})
final class ExportCommand implements Callable<Integer> {
    private static final String JSONL = "jsonl:";

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "URL", defaultValue = Archives.DEFAULT_URL,
            description = "The H2 archive to export: h2:PATH (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "URL", required = true,
            description = "Where to: jsonl:DIR, parquet:DIR or h2:PATH.")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!from.startsWith("h2:")) {
            throw new ParameterException(spec.commandLine(), "--from must be an H2 archive (h2:PATH), not '" + from + "'");
        }
        if (to.startsWith(JSONL)) {
            Path dir = Path.of(to.substring(JSONL.length()));
            if (dir.toString().isBlank()) {
                throw new ParameterException(spec.commandLine(), "--to jsonl: needs a folder, e.g. jsonl:./export");
            }
            try (H2Archive source = openSource()) {
                Map<String, Long> counts = JsonLinesExport.export(source, dir);
                out.println("Exported " + from + " to " + dir + ":");
                counts.forEach((table, rows) -> out.printf("  %-26s %,12d rows%n", table + ".jsonl", rows));
            }
        } else {
            Archives.StoreUrl target = Archives.StoreUrl.parse(to);
            Archives.StoreUrl source = Archives.StoreUrl.parse(from);
            if (target.scheme() == source.scheme()
                    && target.path().toAbsolutePath().normalize().equals(source.path().toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "--to names the archive being exported: " + to);
            }
            try (H2Archive sourceArchive = openSource(); Archive targetArchive = Archives.open(to)) {
                H2Archive.CopyReport report = sourceArchive.copyTo(targetArchive);
                out.printf("Copied %s into %s: %,d items in %,d batches%s%n", from, to, report.items(),
                        report.batches(), report.skipped() == 0 ? ""
                                : String.format(" (%,d rows skipped: nothing linked them to a collection)", report.skipped()));
            }
        }
        out.flush();
        return 0;
    }

    private H2Archive openSource() {
        return (H2Archive) Archives.openExisting(from);
    }
}
