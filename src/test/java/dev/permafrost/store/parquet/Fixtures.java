package dev.permafrost.store.parquet;

import dev.permafrost.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Entities parsed from the recorded fixtures in {@code src/test/resources/store/parquet/}. */
final class Fixtures {
    static final Json JSON = Json.create();

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/store/parquet/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8).strip();
    }

    static <T> T one(String name, Class<T> type) {
        return JSON.read(bytes(name), type);
    }

    static <T> List<T> list(String name, Class<T> type) {
        return JSON.readList(bytes(name), type);
    }

    /** Parses JSON text given inline (a fixture adapted in the test itself). */
    static <T> T parse(String json, Class<T> type) {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
