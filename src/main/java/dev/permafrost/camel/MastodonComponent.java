package dev.permafrost.camel;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.ratelimit.RateLimiters;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.URISupport;

/**
 * The {@code mastodon:} component: crawls Mastodon collections into routes and posts statuses.
 * Its options (instance, token, rate-limit mode, pace factor, archive) are the defaults of its
 * endpoints, which may override each. One registry of rate limiters per component, so every
 * endpoint of one (instance, token) in a CamelContext shares one budget.
 */
@Component("mastodon")
public class MastodonComponent extends DefaultComponent {

    @Metadata(description = "The defaults of every endpoint (instance, accessToken, rateLimitMode, paceFactor,"
            + " archive, allowInsecureHttp).")
    private MastodonConfiguration configuration = new MastodonConfiguration();

    private final RateLimiters rateLimiters = new RateLimiters();
    private boolean manualPolls;

    public MastodonComponent() {}

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        MastodonConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setCollection(remaining);
        MastodonPath path = MastodonPath.parse(remaining);
        boolean ownToken = parameters.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("accessToken"));
        // The configuration's options first; the rest (delay, scheduler...) are the endpoint's, bound by the caller.
        setProperties(endpointConfiguration, parameters);
        if (!ownToken && !sameInstance(configuration.getInstance(), endpointConfiguration.getInstance())) {
            // The component's token belongs to the component's instance: never send it to another server.
            endpointConfiguration.setAccessToken(null);
        }
        // The URI as Camel shows it (logs, route dumps, getEndpointUri) never holds the token.
        return new MastodonEndpoint(URISupport.sanitizeUri(uri), this, endpointConfiguration, path);
    }

    /**
     * Whether an endpoint's instance is the component's, whose token it may then use. A component
     * without an instance lends its token to every endpoint.
     */
    static boolean sameInstance(String component, String endpoint) {
        if (component == null || component.isBlank()) {
            return true;
        }
        if (endpoint == null || endpoint.isBlank()) {
            return false;
        }
        try {
            return Mastodon.parseInstance(component, true).equals(Mastodon.parseInstance(endpoint, true));
        } catch (IllegalArgumentException e) {
            return component.trim().equalsIgnoreCase(endpoint.trim());
        }
    }

    /** The limiters shared by this component's endpoints: one per (instance, token). */
    RateLimiters rateLimiters() {
        return rateLimiters;
    }

    /**
     * When true, consumers do not schedule their polls: whoever started the context calls
     * {@link MastodonConsumer#pollOnce()} (what {@code permafrost run --once} does).
     */
    public void setManualPolls(boolean manualPolls) {
        this.manualPolls = manualPolls;
    }

    boolean isManualPolls() {
        return manualPolls;
    }

    public MastodonConfiguration getConfiguration() {
        return configuration;
    }

    /** The defaults of every endpoint. */
    public void setConfiguration(MastodonConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getInstance() {
        return configuration.getInstance();
    }

    /** The instance every endpoint uses unless it names its own. */
    public void setInstance(String instance) {
        configuration.setInstance(instance);
    }

    public String getAccessToken() {
        return configuration.getAccessToken();
    }

    /** The access token every endpoint uses unless it names its own. */
    public void setAccessToken(String accessToken) {
        configuration.setAccessToken(accessToken);
    }

    public String getRateLimitMode() {
        return configuration.getRateLimitMode();
    }

    /** throw, wait or pace, for every endpoint unless it names its own. */
    public void setRateLimitMode(String rateLimitMode) {
        configuration.setRateLimitMode(rateLimitMode);
    }

    public double getPaceFactor() {
        return configuration.getPaceFactor();
    }

    /** The pace factor of every endpoint unless it names its own. */
    public void setPaceFactor(double paceFactor) {
        configuration.setPaceFactor(paceFactor);
    }

    public String getArchive() {
        return configuration.getArchive();
    }

    /** The archive of every endpoint unless it names its own. */
    public void setArchive(String archive) {
        configuration.setArchive(archive);
    }

    public boolean isAllowInsecureHttp() {
        return configuration.isAllowInsecureHttp();
    }

    /** Accept plain http instances off this machine, for every endpoint. */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        configuration.setAllowInsecureHttp(allowInsecureHttp);
    }
}
