package dev.permafrost.client.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.permafrost.model.Cassettes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that answers with recorded (or hand-written) responses and remembers
 * every request it received, so a test can check both what the client sent and what it parsed.
 * Answers are queued per method and path and served in order; the last one repeats. Anything
 * unqueued gets Mastodon's 404. Recorded URLs of {@code localhost:3000} are rewritten to this
 * server's address.
 */
public final class ReplayServer implements AutoCloseable {
    private static final String RECORDED_BASE = "http://localhost:3000";

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    private ReplayServer(HttpServer server) {
        this.server = server;
    }

    public static ReplayServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ReplayServer replay = new ReplayServer(server);
            server.createContext("/", replay::handle);
            server.start();
            return replay;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the replay server", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues a hand-written answer. */
    public ReplayServer answer(String method, String path, int status, String body, Map<String, String> headers) {
        answers.computeIfAbsent(key(method, path), k -> new ArrayDeque<>()).add(new Answer(status, body, headers));
        return this;
    }

    /** Queues a JSON answer. */
    public ReplayServer answer(String method, String path, int status, String json) {
        return answer(method, path, status, json, Map.of("Content-Type", "application/json; charset=utf-8"));
    }

    /** Queues the recorded response of one interaction under its own method and path. */
    public ReplayServer replay(Cassettes.Interaction interaction) {
        Map<String, String> headers = new LinkedHashMap<>();
        interaction.response().headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!values.isEmpty() && !lower.equals("content-length") && !lower.equals("transfer-encoding")
                    && !lower.equals("content-encoding") && !lower.equals("connection")) {
                headers.put(name, String.join(", ", values).replace(RECORDED_BASE, baseUri().toString()));
            }
        });
        return answer(interaction.request().method(), interaction.request().path(), interaction.response().status(),
                interaction.response().body().replace(RECORDED_BASE, baseUri().toString()), headers);
    }

    /** Queues every interaction of a cassette. */
    public ReplayServer replay(Cassettes.Cassette cassette) {
        cassette.interactions().forEach(this::replay);
        return this;
    }

    /** Every request received, in order. */
    public List<Received> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The last request received for a method and path. */
    public Received last(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " was received; got " + requests()));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            received.add(new Received(exchange.getRequestMethod(), uri.getPath(), params(uri.getRawQuery()), headers, body));
            Deque<Answer> queue = answers.get(key(exchange.getRequestMethod(), uri.getPath()));
            Answer answer;
            if (queue == null || queue.isEmpty()) {
                answer = new Answer(404, "{\"error\":\"Record not found\"}", Map.of("Content-Type", "application/json"));
            } else {
                synchronized (queue) {
                    answer = queue.size() > 1 ? queue.removeFirst() : queue.peekFirst();
                }
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** Parses a query or form body into an ordered multimap. */
    static Map<String, List<String>> params(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private record Answer(int status, String body, Map<String, String> headers) {}

    /** A request as the server received it; header names lower-cased. */
    public record Received(String method, String path, Map<String, List<String>> query,
                           Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The first value of a query parameter. */
        public Optional<String> param(String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The form fields of a urlencoded body. */
        public Map<String, List<String>> form() {
            return params(new String(body, StandardCharsets.UTF_8));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
