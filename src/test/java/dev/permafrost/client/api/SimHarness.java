package dev.permafrost.client.api;

import dev.permafrost.client.Mastodon;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.World;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small simulated server with a client acting as its main user, for the client's tests: start
 * one per test (worlds are small), close it after, and ask what the server received.
 */
final class SimHarness implements AutoCloseable {
    final SimServer server;
    final World world;
    final Mastodon mastodon;

    private SimHarness(SimServer server) {
        this.server = server;
        this.world = server.world();
        this.mastodon = client(world.userToken());
    }

    static SimHarness start() {
        return new SimHarness(SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build()));
    }

    /** A client of this server with another token (null for anonymous). */
    Mastodon client(String token) {
        return Mastodon.builder().instance(server.baseUri().toString()).accessToken(token).build();
    }

    /** The last request with this method and path. */
    RecordedRequest last(String method, String path) {
        return server.requests().matching(r -> r.method().equals(method) && r.path().equals(path)).stream()
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " was received; got "
                        + server.requests().all()));
    }

    /** The form fields of a request's urlencoded body. */
    static Map<String, List<String>> form(RecordedRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String body = request.bodyText();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    @Override
    public void close() {
        server.close();
    }
}
