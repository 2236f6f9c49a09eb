package dev.permafrost.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the tables of an H2 archive as JSON Lines, one file per table ({@code DIR/statuses.jsonl}):
 * one object per row with the typed columns (times as ISO-8601 UTC strings, dates as
 * {@code YYYY-MM-DD}) and {@code raw} embedded as a JSON value, not a string.
 */
public final class JsonLinesExport {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLinesExport() {}

    /**
     * Exports every table into {@code dir} (created if needed; files of the same names are
     * replaced) and returns the rows written per table, in contract order.
     */
    public static Map<String, Long> export(H2Archive archive, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ArchiveException("cannot create the export folder " + dir + ": " + e, e);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : archive.tables()) {
            counts.put(table, exportTable(archive, table, dir.resolve(table + ".jsonl")));
        }
        return counts;
    }

    private static long exportTable(H2Archive archive, String table, Path file) {
        long[] rows = {0};
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            archive.scan(table, row -> {
                try {
                    writeLine(writer, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ArchiveException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return rows[0];
    }

    static void writeLine(Writer writer, Row row) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(writer);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.writeStartObject();
        for (Map.Entry<String, Object> column : row.columns().entrySet()) {
            generator.writeFieldName(column.getKey());
            Object value = column.getValue();
            if (value == null) {
                generator.writeNull();
            } else if (column.getKey().equals("raw")) {
                // JSON allows line breaks only as whitespace between tokens (inside strings they
                // are escaped), so replacing them keeps the value and makes it one line.
                generator.writeRawValue(((String) value).replace('\n', ' ').replace('\r', ' '));
            } else if (value instanceof String text) {
                generator.writeString(text);
            } else if (value instanceof Long number) {
                generator.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                generator.writeBoolean(flag);
            } else if (value instanceof Instant || value instanceof LocalDate) {
                generator.writeString(value.toString());
            } else {
                throw new IllegalStateException("column " + column.getKey() + " of " + row.table()
                        + " has an unexpected " + value.getClass().getSimpleName());
            }
        }
        generator.writeEndObject();
        generator.close();
        writer.write('\n');
    }
}
