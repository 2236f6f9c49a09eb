package dev.permafrost.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the VCR.py cassettes under {@code src/test/resources/fixtures/recorded/}: real exchanges
 * with a Mastodon server, recorded by Mastodon.py's test suite, for replaying responses in tests.
 *
 * <pre>{@code
 * Cassettes.Cassette cassette = Cassettes.load("test_account.yaml");
 * Cassettes.Interaction first = cassette.interactions().get(0);
 * first.request().path();        // "/api/v1/accounts/verify_credentials"
 * first.response().bodyBytes();  // the JSON exactly as the server sent it
 * }</pre>
 *
 * <p>Stateless; every method reads the files again. Fails with {@link UncheckedIOException} or
 * {@link IllegalArgumentException} naming the cassette when one is missing or malformed.
 */
public final class Cassettes {

    /** Class-path folder of the cassettes. */
    public static final String FOLDER = "fixtures/recorded/";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Cassettes() {}

    /** Loads a cassette from the class path by file name, e.g. {@code "test_status.yaml"}. */
    public static Cassette load(String name) {
        String resource = FOLDER + name;
        try (InputStream in = Cassettes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no cassette " + resource + " on the test class path");
            }
            return parse(name, YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cassette " + resource, e);
        }
    }

    /** Every cassette of the folder, sorted by name (the folder must be a directory, not inside a jar). */
    public static List<Cassette> all() {
        URL folder = Cassettes.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("no " + FOLDER + " on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .map(Cassettes::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    private static Cassette parse(String name, JsonNode root) {
        JsonNode list = root == null ? null : root.get("interactions");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("cassette " + name + " has no interactions list");
        }
        List<Interaction> interactions = new ArrayList<>();
        for (JsonNode node : list) {
            interactions.add(new Interaction(name, interactions.size(), request(node.path("request")),
                    response(node.path("response"))));
        }
        return new Cassette(name, interactions);
    }

    private static Request request(JsonNode node) {
        return new Request(node.path("method").asText(), URI.create(node.path("uri").asText()),
                headers(node.path("headers")), bytes(node.path("body")));
    }

    private static Response response(JsonNode node) {
        JsonNode body = node.path("body").path("string");
        byte[] bytes = bytes(body);
        return new Response(node.path("status").path("code").asInt(), node.path("status").path("message").asText(""),
                headers(node.path("headers")), bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
    }

    // VCR writes text bodies as strings and binary ones (multipart uploads) with the !!binary tag.
    private static byte[] bytes(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return null;
        }
        if (body.isBinary()) {
            try {
                return body.binaryValue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(JsonNode node) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            List<String> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(value -> values.add(value.asText()));
            } else {
                values.add(entry.getValue().asText());
            }
            headers.put(entry.getKey(), List.copyOf(values));
        }
        return Collections.unmodifiableMap(headers);
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst();
    }

    /** One cassette file: the exchanges of one Mastodon.py test, in the order they happened. */
    public record Cassette(String name, List<Interaction> interactions) {

        public Cassette {
            interactions = List.copyOf(interactions);
        }

        /** The interactions with this method whose path matches exactly. */
        public List<Interaction> find(String method, String path) {
            return interactions.stream()
                    .filter(i -> i.request().method().equalsIgnoreCase(method) && i.request().path().equals(path))
                    .toList();
        }
    }

    /** One request and the response it got; {@code index} counts from 0 within the cassette. */
    public record Interaction(String cassette, int index, Request request, Response response) {

        /** A short label for test names: {@code test_status.yaml#3 GET /api/v1/statuses/1 -> 200}. */
        public String label() {
            return cassette + "#" + index + " " + request.method() + " " + request.uri().getRawPath()
                    + " -> " + response.status();
        }
    }

    /**
     * A recorded request. {@code body} is null when there was none; multipart uploads are binary.
     * Header names keep the case they were recorded with; look them up with {@link #header}.
     */
    public record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

        /** The path without host and query, e.g. {@code /api/v1/statuses/123}. */
        public String path() {
            return uri.getPath();
        }

        /** The raw query string, or null. */
        public String query() {
            return uri.getRawQuery();
        }

        /** The first value of a header, case-insensitively. */
        public Optional<String> header(String name) {
            return Cassettes.header(headers, name);
        }

        /** The body decoded as UTF-8, or null when there was none. */
        public String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A recorded response; {@code body} is the text the server sent ("" when empty). */
    public record Response(int status, String message, Map<String, List<String>> headers, String body) {

        /** The first value of a header, case-insensitively. */
        public Optional<String> header(String name) {
            return Cassettes.header(headers, name);
        }

        /** The body as UTF-8 bytes, as a client reads it off the wire. */
        public byte[] bodyBytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }

        /** Whether the status is 2xx. */
        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        /** Whether the content type is JSON ({@code application/json} or a {@code +json} type). */
        public boolean isJson() {
            String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            int parameters = type.indexOf(';');
            String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).trim();
            return mediaType.equals("application/json") || mediaType.endsWith("+json");
        }
    }
}
