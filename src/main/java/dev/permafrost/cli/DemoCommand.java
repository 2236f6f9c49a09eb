package dev.permafrost.cli;

import dev.permafrost.camel.crawl.BackupPart;
import dev.permafrost.camel.crawl.RequestCounter;
import dev.permafrost.client.Mastodon;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archives;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost demo}: runs {@code archive} against the built-in simulator into a fresh H2
 * archive, prints the summary, and shows how to look at the result. Runs offline, in seconds.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Archives a simulated Mastodon account (the built-in simulator, offline) into a",
            "fresh H2 archive under ./permafrost-data/demo-<time>/, prints the summary, and",
            "shows how to query the result."})
final class DemoCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Option(names = "--store", paramLabel = "URL",
            description = "The archive to create (default: h2:./permafrost-data/demo-<time>/archive).")
    String store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String target = store != null ? store : "h2:./permafrost-data/demo-" + LocalDateTime.now().format(STAMP) + "/archive";
        Archives.StoreUrl url = ArchiveRun.parseStore(target);
        int code;
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            out.println("Started a simulated Mastodon instance at " + sim.baseUri() + " (offline, generated from a seed).");
            out.println();
            RequestCounter requests = new RequestCounter();
            Mastodon mastodon = Mastodon.builder().instance(sim.baseUri().toString())
                    .accessToken(sim.world().userToken()).httpLogger(requests).build();
            code = new ArchiveRun(target, BackupPart.defaults(), false, ArchiveRun.mediaFolderOf(target), ArchiveRun.Output.TEXT)
                    .run(mastodon, requests, out, spec.commandLine().getErr());
        }
        out.println();
        out.println("Look at it:");
        out.println("  permafrost stats --store " + target);
        if (url.scheme() == Archives.StoreUrl.Scheme.H2) {
            Path file = url.path().toAbsolutePath().normalize();
            out.println("  java -cp " + jar() + " org.h2.tools.Shell -url jdbc:h2:file:" + file + " -user sa \\");
            out.println("      -sql \"SELECT visibility, COUNT(*) FROM statuses GROUP BY visibility\"");
            out.println("  (any H2 tool opens jdbc:h2:file:" + file + ", user sa, no password; tables: README, \"The archive\")");
        }
        out.println("Rerun the same backup against a real account with: permafrost login, then permafrost archive");
        out.flush();
        return code;
    }

    /** The jar this runs from, for the H2 shell's class path; a placeholder when run from classes. */
    private static String jar() {
        try {
            Path location = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.toString() : "target/permafrost.jar";
        } catch (URISyntaxException | RuntimeException e) {
            return "target/permafrost.jar";
        }
    }
}
