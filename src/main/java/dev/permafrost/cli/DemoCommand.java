package dev.permafrost.cli;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Account;
import dev.permafrost.model.Status;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost demo}: starts the built-in simulator, reads a few collections through the
 * client, and prints what came back. Runs offline.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts the built-in Mastodon simulator and reads a few collections from it (offline).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            out.println("Started a simulated Mastodon instance at " + sim.baseUri());
            Mastodon mastodon = Mastodon.builder().instance(sim.baseUri().toString())
                    .accessToken(sim.world().userToken()).build();
            Account me = mastodon.accounts().verifyCredentials();
            out.println("Logged in as @" + me.acct() + " (" + me.statusesCount() + " statuses, "
                    + me.followersCount() + " followers)");
            long home = mastodon.timelines().home(PageRequest.largest()).stream(Direction.OLDER).count();
            long favourites = mastodon.favourites().list(PageRequest.largest()).stream(Direction.OLDER).count();
            long followers = mastodon.accounts().followers(me.id(), PageRequest.largest()).stream(Direction.OLDER).count();
            out.println("Home timeline: " + home + " statuses; favourites: " + favourites + "; followers: " + followers);
            Status latest = mastodon.timelines().home(PageRequest.newest().limit(1)).items().get(0);
            out.println("Newest on home: @" + latest.account().acct() + " at " + latest.createdAt());
            out.println(sim.requests().count() + " requests, no token printed.");
        }
        return 0;
    }
}
