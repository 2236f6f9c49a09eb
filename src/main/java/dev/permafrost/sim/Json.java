package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Streams JSON with Jackson's generator (no trees), the fast path for rendering pages. */
final class Json {
    /** Writes one JSON value. */
    @FunctionalInterface
    interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static byte[] write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render JSON", e);
        }
        return out.toByteArray();
    }

    static String writeString(Writer writer) {
        return new String(write(writer), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] error(String message) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("error", message);
            json.writeEndObject();
        });
    }

    static void nullableString(JsonGenerator json, String name, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
