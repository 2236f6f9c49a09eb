package dev.permafrost.client.api;

import dev.permafrost.client.MastodonException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Params;
import dev.permafrost.client.UnsupportedVersionException;
import dev.permafrost.model.Instance;
import dev.permafrost.model.InstanceV1;
import java.util.function.Supplier;

/**
 * The client's version check: endpoints no newer than {@link #OLDEST_SUPPORTED} pass at once;
 * for a newer one, the server's version is read once per client (from {@code /api/v2/instance},
 * or {@code /api/v1/instance} on servers older than 4.0) and compared with the version that
 * introduced the endpoint. A probe that fails is not repeated: its failure is reported, clearly,
 * for every later check. Thread-safe.
 */
final class ProbingVersionGate implements VersionGate {
    /** The oldest Mastodon this client supports without asking. */
    static final ServerVersion OLDEST_SUPPORTED = new ServerVersion(4, 0, 0);

    private static final Endpoint INSTANCE_V2 = Endpoint.get("/api/v2/instance", "4.0.0");
    private static final Endpoint INSTANCE_V1 = Endpoint.get("/api/v1/instance", "0.0.0");

    private final Supplier<Caller> caller;
    private Probe probe;

    /** @param caller the caller to probe with (asked lazily, so the gate can be built before it) */
    ProbingVersionGate(Supplier<Caller> caller) {
        this.caller = caller;
    }

    @Override
    public void check(Endpoint endpoint) {
        ServerVersion needed = ServerVersion.parse(endpoint.addedIn());
        if (needed.compareTo(OLDEST_SUPPORTED) <= 0) {
            return;
        }
        Probe result = probe();
        if (result.failure != null) {
            throw new UnsupportedVersionException("Cannot tell which Mastodon version the server runs, so "
                    + endpoint.signature() + " (added in " + endpoint.addedIn() + ") was not called: "
                    + result.failure + ". Turn the check off if the server is known to offer it.",
                    ErrorContext.request(endpoint.method(), endpoint.path()));
        }
        if (!result.version.isAtLeast(needed)) {
            throw new UnsupportedVersionException("The server runs Mastodon " + result.version + " ("
                    + result.reported + "), but " + endpoint.signature() + " needs " + endpoint.addedIn()
                    + " or newer. Turn the check off if the server offers it anyway.",
                    ErrorContext.request(endpoint.method(), endpoint.path()));
        }
    }

    /** The server's version, probed once. */
    synchronized Probe probe() {
        if (probe == null) {
            probe = ask();
        }
        return probe;
    }

    private Probe ask() {
        Caller probing = caller.get();
        String reported;
        try {
            try {
                reported = probing.one(INSTANCE_V2, INSTANCE_V2.path(), Params.empty(), Instance.class).version();
            } catch (NotFoundException e) {
                reported = probing.one(INSTANCE_V1, INSTANCE_V1.path(), Params.empty(), InstanceV1.class).version();
            }
        } catch (MastodonException e) {
            return new Probe(null, null, "the instance endpoint failed (" + e.getMessage() + ")");
        }
        if (reported == null) {
            return new Probe(null, null, "the instance endpoint names no version");
        }
        try {
            return new Probe(ServerVersion.parse(reported), reported, null);
        } catch (IllegalArgumentException e) {
            return new Probe(null, reported, "the reported version '" + reported + "' is not a version number");
        }
    }

    /** What the probe found: a version, or why there is none. */
    record Probe(ServerVersion version, String reported, String failure) {}
}
