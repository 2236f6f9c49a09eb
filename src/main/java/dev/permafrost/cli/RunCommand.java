package dev.permafrost.cli;

import dev.permafrost.camel.MastodonComponent;
import dev.permafrost.camel.MastodonConsumer;
import dev.permafrost.camel.PollReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost run}: runs YAML routes with Camel until Ctrl-C or SIGTERM (or, with
 * {@code --once}, polls every route once and stops). Placeholders {@code {{key}}} in the routes are
 * filled from {@code --property}, then {@code --properties} files, then environment variables
 * {@code PERMAFROST_KEY} for a key {@code permafrost.key}; Camel's {@code {{env:NAME}}} works too.
 * {@code permafrost.instance} and {@code permafrost.token} also configure the {@code mastodon:}
 * component, so routes need not put the token in a URI: the component lends it to every endpoint
 * of that instance, and to no other.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs Camel routes written in YAML (see routes/ and the README, \"Camel routes\") until"
                + " Ctrl-C or SIGTERM; the page in hand is finished or dropped, checkpoints stay consistent.",
            "ROUTES: a YAML file, or the name of a route shipped with Permafrost (archive-account, crawl-hashtag,"
                + " crawl-public, nightly-backup).",
            "Placeholders {{key}} come from --property, then --properties files, then the environment"
                + " (PERMAFROST_TOKEN for permafrost.token, and so on); {{env:NAME}} reads any variable."
                + " Without permafrost.token, the login stored for permafrost.instance is used.",
            "Exit codes: 0 success, 1 failure (with --once: a route whose poll failed), 2 usage error."})
final class RunCommand implements Callable<Integer> {
    private static final String SHIPPED = "routes/";
    static final String INSTANCE = "permafrost.instance";
    static final String TOKEN = "permafrost.token";

    @Parameters(arity = "1..*", paramLabel = "ROUTES", description = "Route files (.yaml) or shipped route names.")
    List<String> routes;

    @Option(names = "--properties", paramLabel = "FILE", description = "A properties file for the placeholders (repeatable).")
    List<Path> propertyFiles = new ArrayList<>();

    @Option(names = "--property", paramLabel = "KEY=VALUE", description = "A placeholder value (repeatable); wins over files.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--once", description = "Poll every route once, now (whatever its schedule), then stop: for scripts.")
    boolean once;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    RunCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The login {@code permafrost login} stored for the instance, when no token was given. */
    private String storedToken(String instance) {
        if (instance == null || instance.isBlank()) {
            return null;
        }
        try {
            java.net.URI uri = dev.permafrost.client.Mastodon.parseInstance(instance, true);
            return new dev.permafrost.client.auth.CredentialStore(
                    dev.permafrost.client.auth.CredentialStore.defaultFolder(environment)).login(uri)
                    .map(dev.permafrost.client.auth.Login::accessToken).orElse(null);
        } catch (IllegalArgumentException e) {
            return null; // the component reports the bad instance when it starts
        }
    }

    @Override
    public Integer call() throws Exception {
        List<String> locations = new ArrayList<>();
        for (String route : routes) {
            locations.add(location(route));
        }
        Main main = new Main();
        main.configure().withRoutesIncludePattern(String.join(",", locations));
        main.configure().withName("permafrost");
        Properties placeholders = placeholders();
        main.setInitialProperties(placeholders);
        MastodonComponent mastodon = new MastodonComponent();
        mastodon.setManualPolls(once);
        // The token goes to the component, never through a URI; it is lent only to endpoints of permafrost.instance.
        mastodon.setInstance(placeholders.getProperty(INSTANCE));
        mastodon.setAccessToken(placeholders.getProperty(TOKEN) != null ? placeholders.getProperty(TOKEN)
                : storedToken(placeholders.getProperty(INSTANCE)));
        main.bind("mastodon", mastodon);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                // Only the values given here and PERMAFROST_* count; the environment must not override --property.
                CamelContext context = support.getCamelContext();
                if (context.getPropertiesComponent() instanceof org.apache.camel.component.properties.PropertiesComponent
                        properties) {
                    properties.setEnvironmentVariableMode(
                            org.apache.camel.component.properties.PropertiesComponent.ENVIRONMENT_VARIABLES_MODE_NEVER);
                }
            }
        });
        if (!once) {
            main.run();
            return main.getExitCode();
        }
        return runOnce(main);
    }

    private int runOnce(Main main) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> failed = new ArrayList<>();
        main.start();
        try {
            CamelContext context = main.getCamelContext();
            int polled = 0;
            for (Route route : context.getRoutes()) {
                if (!(route.getConsumer() instanceof MastodonConsumer consumer)
                        || !context.getRouteController().getRouteStatus(route.getRouteId()).isStarted()) {
                    continue;
                }
                PollReport report = consumer.pollOnce();
                polled++;
                out.println(route.getRouteId() + ": " + report.describe());
                out.flush();
                if (!report.succeeded()) {
                    failed.add(route.getRouteId());
                }
            }
            if (polled == 0) {
                out.println("no started route reads from mastodon:, nothing polled");
            }
        } finally {
            main.stop();
        }
        if (!failed.isEmpty()) {
            spec.commandLine().getErr().println("permafrost: the poll of " + String.join(", ", failed) + " failed");
            return 1;
        }
        return 0;
    }

    /** A route file's location for Camel: a file, or a route shipped in the jar. */
    private static String location(String route) {
        Path file = Path.of(route);
        if (Files.isRegularFile(file)) {
            return "file:" + file.toAbsolutePath().normalize();
        }
        String name = route.endsWith(".yaml") ? route : route + ".yaml";
        if (!route.contains("/") && RunCommand.class.getClassLoader().getResource(SHIPPED + name) != null) {
            return "classpath:" + SHIPPED + name;
        }
        throw new UsageException("no route file " + route + " (and no shipped route of that name: archive-account,"
                + " crawl-hashtag, crawl-public, nightly-backup)");
    }

    /** The placeholder values: PERMAFROST_* variables, then files, then --property, each overriding the last. */
    private Properties placeholders() {
        Properties merged = new Properties();
        environment.forEach((name, value) -> {
            if (name.startsWith("PERMAFROST_") && name.length() > "PERMAFROST_".length()) {
                merged.setProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        for (Path file : propertyFiles) {
            Properties loaded = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                loaded.load(reader);
            } catch (IOException e) {
                throw new UsageException("cannot read --properties " + file + ": " + e.getMessage());
            }
            loaded.forEach((key, value) -> merged.setProperty(key.toString(), value.toString()));
        }
        properties.forEach(merged::setProperty);
        return merged;
    }
}
