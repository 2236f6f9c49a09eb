package dev.permafrost.client.api;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.http.RetryPolicy;
import dev.permafrost.sim.RecordedRequest;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.World;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A simulator with a client acting as its main user, for the resource groups' tests: what the
 * server received is read back with {@link #last} and {@link #form}. Retries wait only milliseconds.
 */
final class SimHarness implements AutoCloseable {
    /** Retries as the default policy does, without the long waits. */
    static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5));

    final SimServer server;
    final World world;
    final Mastodon mastodon;

    private SimHarness(SimServer server) {
        this.server = server;
        this.world = server.world();
        this.mastodon = client(server.world().userToken());
    }

    static SimHarness start() {
        return start(SimConfig.small());
    }

    static SimHarness start(SimConfig config) {
        return new SimHarness(SimServer.start(config));
    }

    World world() {
        return server.world();
    }

    /** A client of the sim acting with another token. */
    Mastodon client(String token) {
        return Mastodon.builder().instance(server.baseUri()).accessToken(token).retryPolicy(QUICK_RETRIES).build();
    }

    /** The last request of a method to a path (decoded, without query). */
    RecordedRequest last(String method, String path) {
        List<RecordedRequest> matching = server.requests().matching(r -> r.method().equals(method) && r.path().equals(path));
        if (matching.isEmpty()) {
            throw new AssertionError("no " + method + " " + path + " was received; got " + server.requests().all());
        }
        return matching.get(matching.size() - 1);
    }

    /** How many requests of a method went to a path. */
    long count(String method, String path) {
        return server.requests().count(r -> r.method().equals(method) && r.path().equals(path));
    }

    /** The fields of a form-encoded request body, in order. */
    static Map<String, List<String>> form(RecordedRequest request) {
        return request.form();
    }

    @Override
    public void close() {
        server.close();
    }
}
