package dev.permafrost.client.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table of Mastodon's endpoints the client aims to cover (a TSV file with a header row naming
 * at least the {@code method}, {@code path} and {@code deprecated} columns), and how a catalog of
 * implemented endpoints covers it. The project's copy travels in the jar ({@link #bundled()}).
 * Immutable.
 */
public final class EndpointTable {
    /** The class-path location of the project's copy. */
    public static final String RESOURCE = "/dev/permafrost/client/endpoints.tsv";
    /** Paths of the streaming API, which the streaming client covers rather than the REST groups. */
    public static final String STREAMING_PREFIX = "/api/v1/streaming";
    private static final Pattern PLACEHOLDER = Pattern.compile(":[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One endpoint of the table.
     *
     * @param deprecated the {@code deprecated} column: {@code no}, or {@code yes (...)}, or
     *     {@code removed (...)} for endpoints gone from current servers
     */
    public record Row(String method, String path, String family, String addedIn, String deprecated) {
        public Row {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(addedIn, "addedIn");
            Objects.requireNonNull(deprecated, "deprecated");
        }

        public boolean isRemoved() {
            return deprecated.startsWith("removed");
        }

        public boolean isStreaming() {
            return path.startsWith(STREAMING_PREFIX);
        }

        /** Served by current servers and not part of the streaming API: what the REST client must cover. */
        public boolean isCurrent() {
            return !isRemoved() && !isStreaming();
        }

        /** {@code GET /api/v1/accounts/:id}. */
        public String signature() {
            return method + " " + path;
        }

        String key() {
            return method + " " + normalise(path);
        }
    }

    /**
     * How a catalog covers the table's current rows.
     *
     * @param covered the current rows the catalog implements, in table order
     * @param missing the current rows it does not, in table order
     */
    public record Coverage(List<Row> covered, List<Row> missing) {
        public Coverage {
            covered = List.copyOf(covered);
            missing = List.copyOf(missing);
        }

        /** How many current rows there are. */
        public int total() {
            return covered.size() + missing.size();
        }

        public boolean isComplete() {
            return missing.isEmpty();
        }

        /** {@code covered N of M current endpoints}. */
        public String summary() {
            return "covered " + covered.size() + " of " + total() + " current endpoints";
        }
    }

    private final List<Row> rows;

    private EndpointTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The project's copy of the table, from the class path. */
    public static EndpointTable bundled() {
        try (InputStream in = EndpointTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the endpoint table " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the endpoint table " + RESOURCE, e);
        }
    }

    /**
     * Reads a table from a file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not such a table (naming the file and line)
     */
    public static EndpointTable read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses a table: a header row, then one row per endpoint; blank lines and lines starting with
     * {@code #} are skipped.
     *
     * @param source where the text came from, for error messages
     * @throws IllegalArgumentException when a needed column or field is missing
     */
    public static EndpointTable parse(String text, String source) {
        List<String> lines = text.lines().toList();
        int headerAt = 0;
        while (headerAt < lines.size() && skipped(lines.get(headerAt))) {
            headerAt++;
        }
        if (headerAt == lines.size()) {
            throw new IllegalArgumentException(source + " is empty: a header row with method, path and deprecated is needed");
        }
        List<String> header = List.of(lines.get(headerAt).split("\t", -1));
        int method = column(header, "method", source);
        int path = column(header, "path", source);
        int deprecated = column(header, "deprecated", source);
        int family = header.indexOf("family");
        int addedIn = header.indexOf("added_in");
        int needed = Math.max(method, Math.max(path, deprecated)) + 1;
        List<Row> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (skipped(line)) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < needed) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + fields.length
                        + " tab-separated fields, the header needs at least " + needed);
            }
            String rowPath = fields[path].trim();
            if (!rowPath.startsWith("/")) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": the path does not start with /: " + rowPath);
            }
            rows.add(new Row(fields[method].trim().toUpperCase(Locale.ROOT), rowPath, field(fields, family),
                    field(fields, addedIn), fields[deprecated].trim()));
        }
        return new EndpointTable(rows);
    }

    private static boolean skipped(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    private static int column(List<String> header, String name, String source) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(source + " has no '" + name + "' column in its header row " + header);
        }
        return index;
    }

    private static String field(String[] fields, int index) {
        return index >= 0 && index < fields.length ? fields[index].trim() : "";
    }

    /** Every row, in table order. */
    public List<Row> rows() {
        return rows;
    }

    /** The rows the REST client must cover: not removed, not streaming. */
    public List<Row> current() {
        return rows.stream().filter(Row::isCurrent).toList();
    }

    /**
     * Which current rows the endpoints implement. Paths match with their placeholders ignored:
     * {@code /api/v1/accounts/:id} covers {@code /api/v1/accounts/:account_id}.
     */
    public Coverage coverage(Collection<Endpoint> endpoints) {
        Set<String> implemented = new HashSet<>();
        for (Endpoint endpoint : endpoints) {
            implemented.add(endpoint.method() + " " + normalise(endpoint.path()));
        }
        List<Row> covered = new ArrayList<>();
        List<Row> missing = new ArrayList<>();
        for (Row row : current()) {
            (implemented.contains(row.key()) ? covered : missing).add(row);
        }
        return new Coverage(covered, missing);
    }

    /** A path with every {@code :placeholder} replaced by a bare {@code :}, for comparing. */
    public static String normalise(String path) {
        return PLACEHOLDER.matcher(path).replaceAll(":");
    }
}
