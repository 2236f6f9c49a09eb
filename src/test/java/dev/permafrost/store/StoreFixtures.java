package dev.permafrost.store;

import dev.permafrost.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the realistic JSON fixtures of src/test/resources/store/ into entities. */
final class StoreFixtures {
    static final Json JSON = Json.create();

    private StoreFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = StoreFixtures.class.getResourceAsStream("/store/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture store/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T one(String name, Class<T> type) {
        return JSON.read(bytes(name), type);
    }

    static <T> List<T> list(String name, Class<T> type) {
        return JSON.readList(bytes(name), type);
    }

    /** The fixture with its text replaced, e.g. to make a status of another instance or a later version. */
    static <T> T edited(String name, Class<T> type, String from, String to) {
        String text = new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("fixture " + name + " has no '" + from + "'");
        }
        return JSON.read(text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
}
