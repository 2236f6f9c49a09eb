package dev.permafrost.client.api.admin;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.http.RetryPolicy;
import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.World;
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
        return request.form();
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
