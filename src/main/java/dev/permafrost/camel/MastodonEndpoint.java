package dev.permafrost.camel;

import dev.permafrost.camel.crawl.StartPoint;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.store.Archive;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Reads a Mastodon collection page by page into a route, resuming from the checkpoint in an
 * archive, or posts statuses. The path names the collection ({@code timeline/home},
 * {@code account/me/followers}, ...) or the action ({@code post}); see {@link MastodonConfiguration}
 * for the options. The client is built when the endpoint starts, never before.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "mastodon", title = "Mastodon", syntax = "mastodon:collection",
        category = {Category.SOCIAL, Category.API}, headersClass = MastodonConstants.class)
public class MastodonEndpoint extends ScheduledPollEndpoint {

    @UriParam
    private MastodonConfiguration configuration;

    private final MastodonPath path;
    private volatile Mastodon client;

    MastodonEndpoint(String uri, MastodonComponent component, MastodonConfiguration configuration, MastodonPath path) {
        super(uri, component);
        this.configuration = configuration;
        this.path = path;
    }

    @Override
    public MastodonComponent getComponent() {
        return (MastodonComponent) super.getComponent();
    }

    public MastodonConfiguration getConfiguration() {
        return configuration;
    }

    MastodonPath path() {
        return path;
    }

    @Override
    public Producer createProducer() {
        if (!(path instanceof MastodonPath.Post)) {
            throw new IllegalArgumentException("mastodon:" + configuration.getCollection()
                    + " is a collection to read (from:), not an action to send to; the action is mastodon:post");
        }
        return new MastodonProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!(path instanceof MastodonPath.Collection collection)) {
            throw new IllegalArgumentException("mastodon:" + configuration.getCollection()
                    + " is an action to send to (to:), not a collection to read; read e.g. mastodon:timeline/home");
        }
        MastodonConsumer consumer = new MastodonConsumer(this, processor, collection.feed());
        configureConsumer(consumer);
        if (getComponent().isManualPolls()) {
            consumer.setStartScheduler(false);
        }
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        validate();
        client = buildClient();
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    /** The client, built when the endpoint started. */
    Mastodon client() {
        Mastodon built = client;
        if (built == null) {
            throw new IllegalStateException(this + " is not started");
        }
        return built;
    }

    /** The archive named by the {@code archive} option, opened once per context. */
    Optional<Archive> archive() {
        String url = configuration.getArchive();
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(OpenArchives.of(getCamelContext()).get(url));
    }

    /** The archive, which a consumer needs for its checkpoints. */
    Archive requireArchive() {
        return archive().orElseThrow(() -> new IllegalArgumentException(where() + " needs an archive to read its"
                + " checkpoints from: set archive=h2:PATH (or parquet:DIR) on the endpoint, or"
                + " camel.component.mastodon.archive on the component, the same archive the route stores into"));
    }

    /** Fails naming the option (and where to set it) when the configuration cannot work. */
    void validate() {
        if (blank(configuration.getInstance())) {
            throw new IllegalArgumentException(where() + " has no instance: set instance=https://HOST on the endpoint,"
                    + " or camel.component.mastodon.instance on the component");
        }
        if (needsToken() && blank(configuration.getAccessToken())) {
            throw new IllegalArgumentException(where() + " needs an access token: set accessToken on the endpoint,"
                    + " or camel.component.mastodon.accessToken on the component (permafrost run: the PERMAFROST_TOKEN"
                    + " variable or --property permafrost.token=...)");
        }
        rateLimitMode();
        if (!(configuration.getPaceFactor() > 0) || Double.isInfinite(configuration.getPaceFactor())) {
            throw new IllegalArgumentException(where() + ": paceFactor must be a number above 0, not "
                    + configuration.getPaceFactor());
        }
        if (configuration.getPageSize() < 0 || configuration.getPagesPerPoll() < 0 || configuration.getMaxItems() < 0) {
            throw new IllegalArgumentException(where() + ": pageSize, pagesPerPoll and maxItems cannot be negative");
        }
        if (path instanceof MastodonPath.Collection) {
            startPoint(Instant.now());
            requireArchive();
        }
    }

    RateLimitMode rateLimitMode() {
        try {
            return RateLimitMode.parse(configuration.getRateLimitMode() == null ? "" : configuration.getRateLimitMode());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where() + ": option rateLimitMode: " + e.getMessage(), e);
        }
    }

    StartPoint startPoint(Instant now) {
        try {
            return StartPoint.parse(configuration.getStart(), now);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(where() + ": start " + e.getMessage()
                    + " (beginning, now, a date such as 2026-11-01, an age such as 7d, or an ID)", e);
        }
    }

    private boolean needsToken() {
        return !(path instanceof MastodonPath.Collection collection) || collection.isTheUsers();
    }

    private Mastodon buildClient() {
        Mastodon.Builder builder = Mastodon.builder()
                .instance(configuration.getInstance())
                .accessToken(configuration.getAccessToken())
                .rateLimitMode(rateLimitMode())
                .paceFactor(configuration.getPaceFactor())
                .rateLimiters(getComponent().rateLimiters());
        if (configuration.isAllowInsecureHttp()) {
            builder.allowInsecureHttp();
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().replace("(--allow-insecure-http)", "(allowInsecureHttp=true)");
            throw new IllegalArgumentException(where() + ": instance " + message, e);
        }
    }

    private String where() {
        return "mastodon:" + configuration.getCollection();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
