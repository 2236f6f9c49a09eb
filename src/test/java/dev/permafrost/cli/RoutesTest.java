package dev.permafrost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.camel.MastodonComponent;
import dev.permafrost.camel.MastodonConsumer;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Archives;
import dev.permafrost.store.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.pollconsumer.quartz.QuartzScheduledPollConsumerScheduler;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each YAML route of routes/ loads and runs against the simulator through permafrost run. */
class RoutesTest {
    @TempDir
    Path folder;

    private SimServer sim;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** Pacing is tested on its own (SharedRateLimitTest); here it would only make the tests slow. */
    private static final String WAIT = "--property=permafrost.ratelimit=wait";

    private Map<String, String> withToken() {
        return Map.of("PERMAFROST_TOKEN", sim.world().userToken());
    }

    private String store() {
        return "h2:" + folder.resolve("archive");
    }

    private Set<String> column(String sql) {
        Set<String> values = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("archive"), "sa", "");
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return values;
    }

    private List<Checkpoint> checkpoints() {
        try (Archive archive = Archives.open(store())) {
            return archive.checkpoints();
        }
    }

    @Test
    void archiveAccountArchivesEveryCollectionOfTheAccountAndARerunReadsOnlyWhatIsNew() {
        Cli.Result first = Cli.run(withToken(), "run", "routes/archive-account.yaml", "--once",
                "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store(), WAIT);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.lines()).hasSize(15).allSatisfy(line -> assertThat(line).endsWith("up to date"));
        assertThat(checkpoints()).extracting(c -> c.key().collection()).containsExactlyInAnyOrder("statuses",
                "favourites", "bookmarks", "followers", "following", "notifications", "home", "lists", "blocks",
                "mutes", "domain-blocks", "followed-tags", "conversations", "filters", "scheduled");
        assertThat(column("SELECT status_id FROM timeline_entries WHERE timeline = 'home'"))
                .containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
        assertThat(column("SELECT status_id FROM favourites")).containsExactlyInAnyOrderElementsOf(sim.world().favouritedStatusIds());
        assertThat(column("SELECT follower_id FROM follows WHERE followed_id = '" + sim.world().me() + "'"))
                .containsExactlyInAnyOrderElementsOf(sim.world().followerIds());
        assertThat(column("SELECT id FROM notifications")).containsExactlyInAnyOrderElementsOf(sim.world().notificationIds());
        assertThat(column("SELECT id FROM filters")).hasSize(sim.world().filtersCount());

        Cli.Result rerun = Cli.run(withToken(), "run", "routes/archive-account.yaml", "--once",
                "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store(), WAIT);

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.lines()).filteredOn(line -> line.startsWith("account-home:")).singleElement().asString()
                .contains(": 0 pages, 0 items, up to date");
        assertThat(rerun.lines()).filteredOn(line -> line.startsWith("account-followers:")).singleElement().asString()
                .contains("25 items", "up to date");
    }

    @Test
    void crawlHashtagArchivesTheTagsTimeline() {
        String tag = sim.world().tags().get(0);

        Cli.Result run = Cli.run(Map.of(), "run", "routes/crawl-hashtag.yaml", "--once",
                "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store(),
                "--property", "permafrost.tag=" + tag);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("crawl-hashtag: " + sim.authority() + "/-/tag:" + tag.toLowerCase());
        assertThat(column("SELECT status_id FROM timeline_entries WHERE timeline = 'tag:" + tag.toLowerCase() + "'"))
                .hasSize(sim.world().tagTimelineCount(tag));
    }

    @Test
    void crawlPublicCrawlsSeveralInstancesAndSendsTheTokenToNoneButItsOwn() throws Exception {
        try (SimServer other = SimServer.start(SimConfig.small().toBuilder().seed(7).build())) {
            Path properties = folder.resolve("instances.properties");
            Files.writeString(properties, String.join("\n",
                    "permafrost.instance = " + sim.baseUri(),
                    "permafrost.store = " + store(),
                    "permafrost.start = beginning",
                    "camel.route-template[other].template-id = public-timeline",
                    "camel.route-template[other].instance = " + other.baseUri(),
                    "camel.route-template[other].timeline = public"));

            Cli.Result run = Cli.run(withToken(), "run", "routes/crawl-public.yaml", "--once", "--properties", properties.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(line).endsWith("items, up to date"))
                    .anySatisfy(line -> assertThat(line).startsWith("public-timeline: " + sim.authority() + "/-/local: "))
                    .anySatisfy(line -> assertThat(line).startsWith("other: " + other.authority() + "/-/public: ")
                            .contains(", " + other.world().publicTimelineCount() + " items"));
            assertThat(column("SELECT DISTINCT instance FROM timeline_entries"))
                    .containsExactlyInAnyOrder(sim.authority(), other.authority());
            assertThat(other.requests().all()).isNotEmpty()
                    .allSatisfy(request -> assertThat(request.header("Authorization")).isEmpty());
        }
    }

    @Test
    void nightlyBackupPollsEveryCollectionOnceWithoutWaitingForItsSchedule() {
        Cli.Result run = Cli.run(withToken(), "run", "nightly-backup", "--once",
                "--property", "permafrost.instance=" + sim.baseUri(), "--property", "permafrost.store=" + store(), WAIT);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(15).allSatisfy(line -> assertThat(line).startsWith("nightly-").endsWith("up to date"));
        assertThat(column("SELECT status_id FROM timeline_entries WHERE timeline = 'home'"))
                .containsExactlyInAnyOrderElementsOf(sim.world().homeTimelineIds());
    }

    @Test
    void nightlyBackupIsScheduledByCronAtTheHourAndMinuteGiven() throws Exception {
        CamelContext context = new DefaultCamelContext();
        MastodonComponent mastodon = new MastodonComponent();
        mastodon.setManualPolls(true);
        mastodon.setAccessToken(sim.world().userToken());
        context.addComponent("mastodon", mastodon);
        Properties properties = new Properties();
        properties.setProperty("permafrost.instance", sim.baseUri().toString());
        properties.setProperty("permafrost.store", store());
        properties.setProperty("permafrost.hour", "4");
        properties.setProperty("permafrost.minute", "30");
        context.getPropertiesComponent().setInitialProperties(properties);
        try {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("nightly-backup.yaml",
                    Files.readString(Path.of("routes/nightly-backup.yaml"))));
            context.start();

            MastodonConsumer consumer = (MastodonConsumer) context.getRoute("nightly-home").getConsumer();

            assertThat(consumer.getScheduler()).isInstanceOfSatisfying(QuartzScheduledPollConsumerScheduler.class,
                    quartz -> assertThat(quartz.getCron()).isEqualTo("0 30 4 * * ?"));
        } finally {
            context.stop();
        }
    }

    @Test
    void everyShippedRouteSaysWhatItDoesAndWhichPropertiesItTakes() throws Exception {
        try (var files = Files.list(Path.of("routes"))) {
            List<Path> routes = files.filter(file -> file.toString().endsWith(".yaml")).toList();

            assertThat(routes).extracting(file -> file.getFileName().toString()).containsExactlyInAnyOrder(
                    "archive-account.yaml", "crawl-hashtag.yaml", "crawl-public.yaml", "nightly-backup.yaml");
            for (Path route : routes) {
                String text = Files.readString(route);
                assertThat(text).as(route.toString()).startsWith("# " + route.getFileName() + ": ")
                        .contains("# Properties").contains("permafrost.instance").contains("# Run:")
                        .doesNotContain("accessToken").doesNotContainPattern("\\{\\{[^}]*:[^}]*\\?[^}]*}}");
            }
        }
    }
}
