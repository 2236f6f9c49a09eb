package dev.permafrost.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tiny HTTP client for the sim's tests: real requests over loopback, JSON parsed with Jackson. */
final class Api {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"");

    /** One answer: status, headers, body. */
    record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        Optional<String> link(String rel) {
            Matcher matcher = LINK.matcher(header("Link").orElse(""));
            while (matcher.find()) {
                if (matcher.group(2).equals(rel)) {
                    return Optional.of(matcher.group(1));
                }
            }
            return Optional.empty();
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            json().forEach(node -> ids.add(node.get("id").asText()));
            return ids;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SimServer server;

    Api(SimServer server) {
        this.server = server;
    }

    Answer get(String pathOrUrl, String token) {
        return send(request(pathOrUrl, token).GET().build());
    }

    Answer get(String pathOrUrl) {
        return get(pathOrUrl, null);
    }

    Answer post(String path, String token, String form) {
        return send(request(path, token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    Answer send(String method, String path, String token) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpRequest.Builder request(String pathOrUrl, String token) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(server.baseUri() + pathOrUrl);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows next links from a first page, returning every ID seen, newest first. */
    List<String> walk(String firstPage, String token) {
        List<String> ids = new ArrayList<>();
        Optional<String> next = Optional.of(firstPage);
        for (int pages = 0; next.isPresent() && pages < 10_000; pages++) {
            Answer answer = get(next.get(), token);
            if (answer.status() != 200) {
                throw new IllegalStateException("page answered " + answer.status() + ": " + answer.text());
            }
            List<String> page = answer.ids();
            ids.addAll(page);
            next = page.isEmpty() ? Optional.empty() : answer.link("next");
        }
        return ids;
    }
}
