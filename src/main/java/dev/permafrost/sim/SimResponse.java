package dev.permafrost.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An answer a handler returns: a status, headers and either a whole body or a streaming writer
 * (sent with chunked encoding as it is written, for long responses such as Server-Sent Events).
 */
final class SimResponse {
    /** Writes a streamed body; the stream is flushed by the writer as it sees fit and closed after it returns. */
    @FunctionalInterface
    interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    static final String JSON = "application/json; charset=utf-8";

    final int status;
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final byte[] body;
    final Optional<BodyWriter> stream;

    private SimResponse(int status, String contentType, byte[] body, Optional<BodyWriter> stream) {
        this.status = status;
        this.body = body;
        this.stream = stream;
        if (contentType != null) {
            header("Content-Type", contentType);
        }
    }

    static SimResponse json(int status, byte[] body) {
        return new SimResponse(status, JSON, body, Optional.empty());
    }

    static SimResponse json(byte[] body) {
        return json(200, body);
    }

    static SimResponse error(int status, String message) {
        return json(status, Json.error(message));
    }

    static SimResponse html(int status, String html) {
        return new SimResponse(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    static SimResponse bytes(int status, String contentType, byte[] body) {
        return new SimResponse(status, contentType, body, Optional.empty());
    }

    static SimResponse redirect(String location) {
        return new SimResponse(302, "text/html; charset=utf-8", new byte[0], Optional.empty()).header("Location", location);
    }

    static SimResponse streaming(int status, String contentType, BodyWriter writer) {
        return new SimResponse(status, contentType, new byte[0], Optional.of(writer));
    }

    SimResponse header(String name, String value) {
        headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        return this;
    }
}
