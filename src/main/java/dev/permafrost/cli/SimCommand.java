package dev.permafrost.cli;

import dev.permafrost.sim.RateLimitConfig;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost sim}: serves the Mastodon-compatible simulator on 127.0.0.1 until interrupted,
 * and prints its base URL and tokens. The tokens are the simulator's own, derived from the seed,
 * and open nothing but this local server, so printing them is safe and is the point.
 */
@Command(
        name = "sim",
        mixinStandardHelpOptions = true,
        description = "Serves a simulated Mastodon server on 127.0.0.1 (for demos and benchmarks) until interrupted.")
final class SimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--small", description = "A small world (tens of items per collection).")
    boolean small;

    @Option(names = "--large", description = "A public timeline of 1,000,000 statuses, no rate limits (benchmarks).")
    boolean large;

    @Option(names = "--opaque-ids", description = "Non-numeric IDs, to test clients that must treat IDs as opaque.")
    boolean opaqueIds;

    @Option(names = "--no-rate-limits", description = "Turn rate limits and their headers off.")
    boolean noRateLimits;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        SimConfig base = large ? SimConfig.large() : small ? SimConfig.small() : SimConfig.defaults();
        SimConfig.Builder config = base.toBuilder().seed(seed).opaqueIds(opaqueIds);
        if (noRateLimits) {
            config.rateLimits(RateLimitConfig.unlimited());
        }
        SimServer server = SimServer.start(config.build(), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sim-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Mastodon simulator listening on " + server.baseUri() + " (seed " + seed + ")");
        out.println("  user token (alice, read write follow push): " + server.world().userToken());
        out.println("  admin token (admin, + admin:read admin:write): " + server.world().adminToken());
        out.println("  read-only token (alice, read):              " + server.world().readOnlyToken());
        out.println("  app token (client credentials, no user):    " + server.world().appToken());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
