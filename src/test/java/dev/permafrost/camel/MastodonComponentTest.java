package dev.permafrost.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.Await;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The component's options, their validation, and the secrecy of the token. */
class MastodonComponentTest {
    private static final String TOKEN = "s3cret-token-0123456789";

    @TempDir
    Path folder;

    private CamelContext context;
    private MastodonComponent component;

    @BeforeEach
    void context() {
        context = new DefaultCamelContext();
        component = new MastodonComponent();
        component.setManualPolls(true);
        context.addComponent("mastodon", component);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String store() {
        return "h2:" + folder.resolve("a");
    }

    private MastodonEndpoint endpoint(String uri) {
        return context.getEndpoint(uri, MastodonEndpoint.class);
    }

    private void route(String from) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("r").to("archive:" + store());
            }
        });
    }

    /** The messages of an exception and its causes, which is what a person reads. */
    private static String messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return String.join(" / ", messages);
    }

    @Test
    void componentOptionsAreTheDefaultsThatEndpointsOverride() {
        component.setInstance("https://one.example");
        component.setAccessToken(TOKEN);
        component.setRateLimitMode("pace");
        component.setPaceFactor(2.0);
        component.setArchive(store());

        MastodonConfiguration plain = endpoint("mastodon:timeline/home").getConfiguration();
        MastodonConfiguration overridden = endpoint("mastodon:timeline/home?rateLimitMode=throw&paceFactor=1.5"
                + "&archive=h2:./other&pageSize=20&start=now").getConfiguration();

        assertThat(plain.getInstance()).isEqualTo("https://one.example");
        assertThat(plain.getAccessToken()).isEqualTo(TOKEN);
        assertThat(plain.getRateLimitMode()).isEqualTo("pace");
        assertThat(plain.getPaceFactor()).isEqualTo(2.0);
        assertThat(plain.getArchive()).isEqualTo(store());
        assertThat(overridden.getRateLimitMode()).isEqualTo("throw");
        assertThat(overridden.getPaceFactor()).isEqualTo(1.5);
        assertThat(overridden.getArchive()).isEqualTo("h2:./other");
        assertThat(overridden.getPageSize()).isEqualTo(20);
        assertThat(overridden.getStart()).isEqualTo("now");
        assertThat(component.getRateLimitMode()).as("the component's defaults are untouched").isEqualTo("pace");
    }

    @Test
    void theStartedClientUsesTheEndpointsSettings() throws Exception {
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            component.setInstance(sim.baseUri().toString());
            component.setAccessToken(sim.world().userToken());
            component.setArchive(store());
            route("mastodon:timeline/home?rateLimitMode=pace&paceFactor=3");
            context.start();

            MastodonEndpoint endpoint = (MastodonEndpoint) context.getRoute("r").getEndpoint();

            assertThat(endpoint.client().rateLimitMode()).isEqualTo(RateLimitMode.PACE);
            assertThat(endpoint.client().paceFactor()).isEqualTo(3.0);
            assertThat(endpoint.client().hasAccessToken()).isTrue();
        }
    }

    @Test
    void theComponentsTokenIsNeverLentToAnotherInstance() {
        component.setInstance("https://one.example");
        component.setAccessToken(TOKEN);

        MastodonConfiguration other = endpoint("mastodon:timeline/public?instance=https://two.example").getConfiguration();
        MastodonConfiguration same = endpoint("mastodon:timeline/public?instance=https://ONE.example/").getConfiguration();
        MastodonConfiguration own = endpoint("mastodon:timeline/home?instance=https://two.example&accessToken=t2").getConfiguration();

        assertThat(other.getAccessToken()).isNull();
        assertThat(same.getAccessToken()).isEqualTo(TOKEN);
        assertThat(own.getAccessToken()).isEqualTo("t2");
    }

    @Test
    void aMissingTokenFailsAtStartNamingTheOption() throws Exception {
        component.setInstance("https://one.example");
        component.setArchive(store());
        route("mastodon:favourites");

        assertThatThrownBy(context::start).satisfies(e -> assertThat(messages(e))
                .contains("mastodon:favourites needs an access token", "accessToken",
                        "camel.component.mastodon.accessToken"));
    }

    @Test
    void aMissingInstanceFailsAtStartNamingTheOption() throws Exception {
        component.setAccessToken(TOKEN);
        component.setArchive(store());
        route("mastodon:timeline/home");

        assertThatThrownBy(context::start).satisfies(e -> assertThat(messages(e))
                .contains("mastodon:timeline/home has no instance", "instance=", "camel.component.mastodon.instance")
                .doesNotContain(TOKEN));
    }

    @Test
    void aConsumerWithoutAnArchiveFailsAtStartNamingTheOption() throws Exception {
        component.setInstance("https://one.example");
        route("mastodon:timeline/public");

        assertThatThrownBy(context::start).satisfies(e -> assertThat(messages(e))
                .contains("needs an archive", "archive=h2:PATH"));
    }

    @Test
    void badOptionValuesFailAtStartNamingTheOption() throws Exception {
        component.setInstance("https://one.example");
        component.setArchive(store());
        route("mastodon:timeline/public?rateLimitMode=sometimes");

        assertThatThrownBy(context::start).satisfies(e -> assertThat(messages(e))
                .contains("rateLimitMode", "'sometimes' is not one of throw, wait, pace"));
    }

    @Test
    void optionsThatDoNotFitTheCollectionFailAtStart() throws Exception {
        component.setInstance("https://one.example");
        component.setAccessToken(TOKEN);
        component.setArchive(store());
        route("mastodon:favourites?onlyMedia=true");

        assertThatThrownBy(context::start).satisfies(e -> assertThat(messages(e))
                .contains("onlyMedia applies to public, local, remote and hashtag timelines only"));
    }

    @Test
    void anUnknownPathNamesTheAcceptedForms() {
        assertThatThrownBy(() -> endpoint("mastodon:timeline/everything")).satisfies(e -> assertThat(messages(e))
                .contains("mastodon:timeline/everything is not a collection or action", "timeline/tag/NAME",
                        "account/ACCOUNT/followers", "post"));
    }

    @Test
    void pathsNameTheCollectionsTheyRead() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("timeline/home", "home"), Map.entry("timeline/public", "public"),
                Map.entry("timeline/local", "local"), Map.entry("timeline/remote", "remote"),
                Map.entry("timeline/tag/java", "tag:java"), Map.entry("timeline/list/42", "list:42"),
                Map.entry("account/me/statuses", "statuses:me"), Map.entry("account/109/followers", "followers:109"),
                Map.entry("account/@ada@example.org/following", "following:@ada@example.org"),
                Map.entry("favourites", "favourites"), Map.entry("bookmarks", "bookmarks"),
                Map.entry("notifications", "notifications"), Map.entry("conversations", "conversations"),
                Map.entry("lists", "lists"), Map.entry("list/42/members", "list-members:42"),
                Map.entry("blocks", "blocks"), Map.entry("mutes", "mutes"), Map.entry("domain-blocks", "domain-blocks"),
                Map.entry("followed-tags", "followed-tags"), Map.entry("filters", "filters"),
                Map.entry("scheduled", "scheduled"), Map.entry("status/123/context", "context:123"),
                Map.entry("status/123/reblogged-by", "reblogged-by:123"),
                Map.entry("status/123/favourited-by", "favourited-by:123"));

        Map<String, String> parsed = expected.keySet().stream().collect(Collectors.toMap(path -> path,
                path -> ((MastodonPath.Collection) MastodonPath.parse(path)).feed().toString()));

        assertThat(parsed).isEqualTo(expected);
        assertThat(MastodonPath.parse("post")).isInstanceOf(MastodonPath.Post.class);
        assertThat(MastodonPath.FORMS).hasSize(expected.size() + 1);
    }

    @Test
    void theTokenNeverShowsInTheEndpointUri() {
        component.setInstance("https://one.example");

        Endpoint endpoint = endpoint("mastodon:timeline/home?accessToken=" + TOKEN + "&pageSize=10");

        assertThat(endpoint.getEndpointUri()).doesNotContain(TOKEN).contains("accessToken=xxxxxx", "pageSize=10");
        assertThat(endpoint.getEndpointBaseUri()).doesNotContain(TOKEN);
        assertThat(endpoint.toString()).doesNotContain(TOKEN);
        assertThat(((MastodonEndpoint) endpoint).getConfiguration().toString()).doesNotContain(TOKEN);
    }

    @Test
    void theTokenNeverShowsInTheLogsOfAFailingRoute() throws Exception {
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            component.setManualPolls(false);
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                route("mastodon:timeline/home?initialDelay=0&delay=60000&archive=" + store() + "&instance="
                        + sim.baseUri() + "&accessToken=" + TOKEN);
                context.start();
                MastodonConsumer consumer = (MastodonConsumer) context.getRoute("r").getConsumer();
                Await.until("the poll failed", Duration.ofSeconds(20), () -> consumer.lastReport().isPresent());
                Await.until("the failure logged", Duration.ofSeconds(20), () -> captured.size() > 0);
                context.stop();
            } finally {
                System.setErr(err);
            }

            String logs = captured.toString(StandardCharsets.UTF_8);
            assertThat(logs).contains("401").doesNotContain(TOKEN);
        }
    }

    @Test
    void everyOptionIsDocumented() {
        List<Field> options = new ArrayList<>(Arrays.asList(MastodonConfiguration.class.getDeclaredFields()));
        options.removeIf(field -> !field.isAnnotationPresent(UriParam.class) && !field.isAnnotationPresent(UriPath.class));

        assertThat(options).hasSizeGreaterThan(15).allSatisfy(field -> {
            String description = field.isAnnotationPresent(UriParam.class)
                    ? field.getAnnotation(UriParam.class).description() : field.getAnnotation(UriPath.class).description();
            assertThat(description).as(field.getName()).isNotBlank();
            if (field.isAnnotationPresent(UriParam.class)) {
                assertThat(field.getAnnotation(UriParam.class).label()).as(field.getName()).isNotBlank();
            }
        });
        assertThat(MastodonConfiguration.class.getDeclaredFields()).filteredOn(f -> f.getName().equals("accessToken"))
                .singleElement().satisfies(f -> assertThat(f.getAnnotation(UriParam.class).security()).isEqualTo("secret"));
    }

    @Test
    void theReadmeDocumentsEveryOption() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Camel routes"));

        assertThat(Arrays.stream(MastodonConfiguration.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(UriParam.class)).map(Field::getName))
                .allSatisfy(option -> assertThat(section).contains("| `" + option + "` |"));
        assertThat(MastodonPath.FORMS).allSatisfy(form -> assertThat(section).contains(form));
    }

    @Test
    void aYamlRouteFindsBothComponentsByTheirSchemeWithoutJavaCode() throws Exception {
        try (SimServer sim = SimServer.start(SimConfig.small())) {
            CamelContext plain = new DefaultCamelContext();
            String yaml = """
                    - route:
                        id: yaml
                        autoStartup: false
                        from:
                          uri: "mastodon:timeline/local"
                          parameters:
                            instance: "%s"
                            archive: "%s"
                          steps:
                            - to: {uri: "archive:%s"}
                    """.formatted(sim.baseUri(), store(), store());
            try {
                PluginHelper.getRoutesLoader(plain).loadRoutes(ResourceHelper.fromString("yaml.yaml", yaml));
                plain.start();

                assertThat(plain.getComponent("mastodon")).isInstanceOf(MastodonComponent.class);
                assertThat(plain.getComponent("archive")).isInstanceOf(ArchiveComponent.class);
                assertThat(plain.getRoute("yaml").getEndpoint()).isInstanceOf(MastodonEndpoint.class);
            } finally {
                plain.stop();
            }
        }
    }
}
