package dev.permafrost.client.api.admin;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.http.RetryPolicy;
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
 * A small simulated server for the admin tests, with a client acting for its admin and one for
 * its main user (whose token has no admin scopes), and a look at what the server received.
 */
final class AdminSim implements AutoCloseable {
    final SimServer server;
    final World world;
    final Mastodon mastodon;
    final Admin admin;

    private AdminSim(SimServer server) {
        this.server = server;
        this.world = server.world();
        this.mastodon = client(world.adminToken());
        this.admin = mastodon.admin();
    }

    static AdminSim start() {
        return new AdminSim(SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited()).build()));
    }

    /** A client of the sim acting with a token. */
    Mastodon client(String token) {
        return Mastodon.builder().instance(server.baseUri().toString()).accessToken(token)
                .retryPolicy(RetryPolicy.none()).build();
    }

    /** The last request received for a method and path. */
    RecordedRequest last(String method, String path) {
        List<RecordedRequest> found = server.requests().matching(r -> r.method().equals(method) && r.path().equals(path));
        if (found.isEmpty()) {
            throw new AssertionError("no " + method + " " + path + " was received; got " + server.requests().all());
        }
        return found.get(found.size() - 1);
    }

    /** The form fields of a request's urlencoded body, in order. */
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

    /** A local account other than the main user and the admin. */
    String localAccount() {
        return world.accountIds().stream().skip(2).filter(id -> !world.acct(id).contains("@")).findFirst()
                .orElseThrow(() -> new AssertionError("the world has no third local account"));
    }

    /** A remote account. */
    String remoteAccount() {
        return world.accountIds().stream().filter(id -> world.acct(id).contains("@")).findFirst()
                .orElseThrow(() -> new AssertionError("the world has no remote account"));
    }

    @Override
    public void close() {
        server.close();
    }
}
