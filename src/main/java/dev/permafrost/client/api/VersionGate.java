package dev.permafrost.client.api;

/**
 * Checks, before a call, that the server is new enough for the endpoint. The client's gate asks
 * the server's version lazily, at most once, and only for endpoints newer than the oldest
 * supported server.
 */
@FunctionalInterface
public interface VersionGate {

    /** @throws dev.permafrost.client.UnsupportedVersionException when the server is too old */
    void check(Endpoint endpoint);

    /** A gate that lets every call through. */
    VersionGate OPEN = endpoint -> { };

    /**
     * The client's gate: asks the server's version at most once, only for endpoints newer than
     * the oldest supported Mastodon, and never for the probe itself.
     */
    static VersionGate probing(java.util.function.Supplier<Caller> caller) {
        return new ProbingVersionGate(caller);
    }
}
