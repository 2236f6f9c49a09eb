package dev.permafrost.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.client.api.AccountCollections;
import dev.permafrost.client.api.Accounts;
import dev.permafrost.client.api.Bookmarks;
import dev.permafrost.client.api.Caller;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Favourites;
import dev.permafrost.client.api.Notifications;
import dev.permafrost.client.api.Statuses;
import dev.permafrost.client.api.Timelines;
import dev.permafrost.client.api.Announcements;
import dev.permafrost.client.api.AnnualReports;
import dev.permafrost.client.api.AsyncRefreshes;
import dev.permafrost.client.api.CustomEmojis;
import dev.permafrost.client.api.Directory;
import dev.permafrost.client.api.Discovery;
import dev.permafrost.client.api.Emails;
import dev.permafrost.client.api.Filters;
import dev.permafrost.client.api.GroupedNotifications;
import dev.permafrost.client.api.Health;
import dev.permafrost.client.api.Instances;
import dev.permafrost.client.api.NotificationPolicies;
import dev.permafrost.client.api.NotificationRequests;
import dev.permafrost.client.api.OEmbeds;
import dev.permafrost.client.api.Profiles;
import dev.permafrost.client.api.Push;
import dev.permafrost.client.api.Search;
import dev.permafrost.client.api.Trends;
import dev.permafrost.client.api.VersionGate;
import dev.permafrost.client.http.ApiResponse;
import dev.permafrost.client.http.AuthInterceptor;
import dev.permafrost.client.http.LoggingInterceptor;
import dev.permafrost.client.http.Pipeline;
import dev.permafrost.client.http.RateLimitInterceptor;
import dev.permafrost.client.http.RequestBody;
import dev.permafrost.client.http.RetryInterceptor;
import dev.permafrost.client.http.RetryPolicy;
import dev.permafrost.client.http.Transport;
import dev.permafrost.client.paging.LinkHeader;
import dev.permafrost.client.ratelimit.RateLimiter;
import dev.permafrost.client.ratelimit.RateLimiters;
import dev.permafrost.client.ratelimit.RequestFamily;
import dev.permafrost.client.ratelimit.Ticker;
import dev.permafrost.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A client of one Mastodon instance, optionally acting for one access token. It hands out one
 * group of methods per API resource, mirroring the documentation's pages:
 *
 * <pre>{@code
 * Mastodon mastodon = Mastodon.builder()
 *         .instance("https://mastodon.social")
 *         .accessToken(token)
 *         .rateLimitMode(RateLimitMode.PACE)
 *         .build();
 * Page<Status> page = mastodon.timelines().home(PageRequest.largest());
 * page.stream(Direction.OLDER).limit(500).forEach(...);
 * }</pre>
 *
 * <p>Building does no network I/O. Instances are immutable and thread-safe; {@link #newBuilder()}
 * derives a variant (another token, another mode) that shares the connection pool and the
 * rate-limit registry. Every call throws a subclass of {@link MastodonException} on failure,
 * after the retries and rate-limit waits its configuration allows.
 */
public final class Mastodon {
    private static final List<String> CALL_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final Builder settings;
    private final Caller caller;
    private final RateLimiter limiter;

    private Mastodon(Builder settings) {
        this.settings = settings;
        this.limiter = settings.rateLimiters.limiter(authority(settings.instance), settings.accessToken);
        Transport transport = new Transport(settings.httpClient, settings.requestTimeout, settings.userAgent);
        Pipeline pipeline = new Pipeline(List.of(
                new RetryInterceptor(settings.retryPolicy, settings.ticker),
                new RateLimitInterceptor(limiter, settings.rateLimitMode, settings.paceFactor, settings.maxRateLimitWaits),
                new AuthInterceptor(settings.instance, settings.accessToken),
                new LoggingInterceptor(settings.httpLogger)), transport::send);
        java.util.concurrent.atomic.AtomicReference<Caller> self = new java.util.concurrent.atomic.AtomicReference<>();
        VersionGate gate = settings.checkVersions ? VersionGate.probing(self::get) : VersionGate.OPEN;
        this.caller = new Caller(settings.instance, pipeline, settings.json, gate);
        self.set(caller);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this client's settings, sharing its connection pool and rate-limit registry. */
    public Builder newBuilder() {
        return settings.copy();
    }

    /** The instance's base URL. */
    public URI instance() {
        return settings.instance;
    }

    /** The instance's authority: its host, and its port when not the default one. */
    public String authority() {
        return authority(settings.instance);
    }

    public boolean hasAccessToken() {
        return settings.accessToken != null;
    }

    public RateLimitMode rateLimitMode() {
        return settings.rateLimitMode;
    }

    public double paceFactor() {
        return settings.paceFactor;
    }

    /** What the shared limiter believes remains of the budget of a request family. */
    public RateLimiter.Snapshot rateLimit(RequestFamily family) {
        return limiter.snapshot(family);
    }

    public Accounts accounts() {
        return new Accounts(caller);
    }

    public Timelines timelines() {
        return new Timelines(caller);
    }

    public Statuses statuses() {
        return new Statuses(caller);
    }

    public Notifications notifications() {
        return new Notifications(caller);
    }

    public Favourites favourites() {
        return new Favourites(caller);
    }

    public Bookmarks bookmarks() {
        return new Bookmarks(caller);
    }

    /** Media attachments: upload (waiting for processing), update, delete. */
    public dev.permafrost.client.api.Media media() {
        return new dev.permafrost.client.api.Media(caller);
    }

    public dev.permafrost.client.api.Polls polls() {
        return new dev.permafrost.client.api.Polls(caller);
    }

    public dev.permafrost.client.api.ScheduledStatuses scheduledStatuses() {
        return new dev.permafrost.client.api.ScheduledStatuses(caller);
    }

    /** Read positions of the home timeline and notifications. */
    public dev.permafrost.client.api.Markers markers() {
        return new dev.permafrost.client.api.Markers(caller);
    }

    /** Hashtags: follow, feature, and the followed ones. */
    public dev.permafrost.client.api.Tags tags() {
        return new dev.permafrost.client.api.Tags(caller);
    }

    public dev.permafrost.client.api.Reports reports() {
        return new dev.permafrost.client.api.Reports(caller);
    }

    public dev.permafrost.client.api.Preferences preferences() {
        return new dev.permafrost.client.api.Preferences(caller);
    }

    public dev.permafrost.client.api.Lists lists() {
        return new dev.permafrost.client.api.Lists(caller);
    }

    public dev.permafrost.client.api.Conversations conversations() {
        return new dev.permafrost.client.api.Conversations(caller);
    }

    public dev.permafrost.client.api.Mutes mutes() {
        return new dev.permafrost.client.api.Mutes(caller);
    }

    public dev.permafrost.client.api.Blocks blocks() {
        return new dev.permafrost.client.api.Blocks(caller);
    }

    public dev.permafrost.client.api.DomainBlocks domainBlocks() {
        return new dev.permafrost.client.api.DomainBlocks(caller);
    }

    public dev.permafrost.client.api.Endorsements endorsements() {
        return new dev.permafrost.client.api.Endorsements(caller);
    }

    public dev.permafrost.client.api.FollowRequests followRequests() {
        return new dev.permafrost.client.api.FollowRequests(caller);
    }

    public dev.permafrost.client.api.FeaturedTags featuredTags() {
        return new dev.permafrost.client.api.FeaturedTags(caller);
    }

    public dev.permafrost.client.api.Suggestions suggestions() {
        return new dev.permafrost.client.api.Suggestions(caller);
    }

    /** Apps and OAuth: registration, the authorization-code flow with PKCE, tokens, revocation. */
    public dev.permafrost.client.auth.OAuth oauth() {
        return new dev.permafrost.client.auth.OAuth(caller);
    }

    /** Grouped notifications (v2, 4.3+), their accounts, unread count, dismissal. */
    public GroupedNotifications groupedNotifications() {
        return new GroupedNotifications(caller);
    }

    /** The notification filtering policy (4.3+). */
    public NotificationPolicies notificationPolicies() {
        return new NotificationPolicies(caller);
    }

    /** Notification requests: filtered senders waiting to be accepted or dismissed (4.3+). */
    public NotificationRequests notificationRequests() {
        return new NotificationRequests(caller);
    }

    /** Filters v2 with their keywords and statuses, and the deprecated v1 filters. */
    public Filters filters() {
        return new Filters(caller);
    }

    /** The server's description, rules, moderated domains, policies and languages. */
    public Instances instances() {
        return new Instances(caller);
    }

    /** Collections of recommended accounts (4.6+). */
    public AccountCollections collections() {
        return new AccountCollections(caller);
    }

    /** The user's annual reports. */
    public AnnualReports annualReports() {
        return new AnnualReports(caller);
    }

    /** Trending hashtags, statuses and links. */
    public Trends trends() {
        return new Trends(caller);
    }

    /** The token's Web Push subscription. */
    public Push push() {
        return new Push(caller);
    }

    /** The user's own profile, to read and edit (4.6+). */
    public Profiles profile() {
        return new Profiles(caller);
    }

    /** WebFinger, host-meta and NodeInfo. */
    public Discovery discovery() {
        return new Discovery(caller);
    }

    /** Staff announcements and reactions to them. */
    public Announcements announcements() {
        return new Announcements(caller);
    }

    /** E-mail confirmation of a new account. */
    public Emails emails() {
        return new Emails(caller);
    }

    /** Search v2. */
    public Search search() {
        return new Search(caller);
    }

    /** oEmbed descriptions of statuses. */
    public OEmbeds oembed() {
        return new OEmbeds(caller);
    }

    /** The server's health check. */
    public Health health() {
        return new Health(caller);
    }

    /** The profile directory. */
    public Directory directory() {
        return new Directory(caller);
    }

    /** The server's custom emoji. */
    public CustomEmojis customEmojis() {
        return new CustomEmojis(caller);
    }

    /** Background refreshes of results (4.4+, alpha). */
    public AsyncRefreshes asyncRefreshes() {
        return new AsyncRefreshes(caller);
    }

    /** The admin API: accounts, reports, blocks, trends, tags and metrics, one group each. */
    public dev.permafrost.client.api.admin.Admin admin() {
        return new dev.permafrost.client.api.admin.Admin(caller);
    }

    /** The machinery the resource groups use, for groups defined outside this class. */
    public Caller caller() {
        return caller;
    }

    /**
     * Calls any endpoint, including ones newer than this client: parameters go in the query for
     * GET and DELETE and in a form body otherwise; a value that is a collection repeats its name.
     *
     * @param method GET, POST, PUT, PATCH or DELETE (any case)
     * @param path a path on the instance, {@code /api/v1/...}; a query string in it is kept
     * @return the JSON answer (a JSON null for 204 No Content) and its page cursors
     * @throws IllegalArgumentException for another method, or a full URL instead of a path
     * @throws MastodonException (a subclass) for a 4xx or 5xx answer or a failure to get one
     */
    public RawResult call(String method, String path, Map<String, ?> params) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(params, "params");
        String verb = method.toUpperCase(Locale.ROOT);
        if (!CALL_METHODS.contains(verb)) {
            throw new IllegalArgumentException("method must be one of " + CALL_METHODS + ": " + method);
        }
        if (path.contains("://")) {
            throw new IllegalArgumentException("a path on the instance (/api/v1/...) is needed, not a URL: " + path);
        }
        String normalised = path.startsWith("/") ? path : "/" + path;
        Endpoint endpoint = new Endpoint(verb, normalised, "0.0.0", Endpoint.Paging.NONE, 0, 0);
        return raw(caller.call(endpoint, normalised, Params.of(params), Map.of()));
    }

    /** Sends a request with a body of its own (multipart upload, JSON), for groups and tools. */
    public RawResult call(String method, String path, RequestBody body) {
        URI uri = caller.uri(path.startsWith("/") ? path : "/" + path, Params.empty());
        return raw(caller.exchange(method.toUpperCase(Locale.ROOT), uri, body, Map.of(), true));
    }

    private RawResult raw(ApiResponse response) {
        JsonNode json = response.status() == 204 || response.body().length == 0
                ? settings.json.mapper().nullNode()
                : caller.read(response, JsonNode.class);
        LinkHeader links = LinkHeader.parse(response.headers("Link"), response.uri());
        return new RawResult(response.status(), json, links.next(), links.previous());
    }

    /** The answer to {@link #call}: the status, the JSON, and the cursors of the Link header. */
    public record RawResult(int status, JsonNode json, java.util.Optional<Cursor> next, java.util.Optional<Cursor> previous) {}

    @Override
    public String toString() {
        return "Mastodon[" + settings.instance + ", token=" + (settings.accessToken == null ? "none" : "<redacted>")
                + ", rateLimit=" + settings.rateLimitMode + ", paceFactor=" + settings.paceFactor + "]";
    }

    static String authority(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (port == 443 && "https".equals(uri.getScheme()))
                || (port == 80 && "http".equals(uri.getScheme()));
        return defaultPort ? host : host + ":" + port;
    }

    /**
     * Settings of a {@link Mastodon}. Only the instance is required. Defaults: no token, {@code
     * wait} rate-limit mode with pace factor 1.1 (as in Mastodon.py), 10 s to connect, 60 s per
     * request, 5 attempts for transient failures, up to 5 waits for a 429.
     */
    public static final class Builder {
        private URI instance;
        private String accessToken;
        private String userAgent = "Permafrost/0.1 (+https://github.com/permafrost-archive/permafrost)";
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private RateLimitMode rateLimitMode = RateLimitMode.WAIT;
        private double paceFactor = 1.1;
        private int maxRateLimitWaits = 5;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private boolean allowInsecureHttp;
        private boolean checkVersions = true;
        private RateLimiters rateLimiters;
        private HttpClient httpClient;
        private Ticker ticker = Ticker.SYSTEM;
        private dev.permafrost.client.http.HttpLogger httpLogger = dev.permafrost.client.http.HttpLogger.SLF4J;
        private Json json;
        private String instanceText;

        private Builder() {}

        /**
         * The instance: {@code https://host}, or just {@code host} (https is then assumed).
         * Plain {@code http} is accepted only for loopback addresses or with {@link #allowInsecureHttp()}.
         */
        public Builder instance(String url) {
            this.instanceText = Objects.requireNonNull(url, "url").trim();
            this.instance = null;
            return this;
        }

        public Builder instance(URI url) {
            return instance(url.toString());
        }

        /** The access token to act with; null for anonymous access to public endpoints. */
        public Builder accessToken(String token) {
            this.accessToken = token == null || token.isBlank() ? null : token.trim();
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            this.httpClient = null;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        public Builder rateLimitMode(RateLimitMode mode) {
            this.rateLimitMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** In {@code pace} mode, how much faster than even to spend the budget (Mastodon.py's meaning). */
        public Builder paceFactor(double factor) {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("paceFactor must be > 0: " + factor);
            }
            this.paceFactor = factor;
            return this;
        }

        /** How many times a 429 is waited out in {@code wait} and {@code pace} modes before it is raised. */
        public Builder maxRateLimitWaits(int waits) {
            if (waits < 0) {
                throw new IllegalArgumentException("maxRateLimitWaits < 0: " + waits);
            }
            this.maxRateLimitWaits = waits;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Accepts a plain {@code http} instance that is not on loopback. Tokens then cross the network unencrypted. */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        /**
         * Whether to check, before calling an endpoint newer than Mastodon 4.0, that the server is
         * recent enough (asking its version once). On by default; turn it off for servers that
         * report an unusual version but offer the endpoints.
         */
        public Builder checkVersions(boolean check) {
            this.checkVersions = check;
            return this;
        }

        /** The registry of limiters to share with other clients (one per process is right). */
        public Builder rateLimiters(RateLimiters registry) {
            this.rateLimiters = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** Where the exchange log goes (default: SLF4J, {@code dev.permafrost.client.http}). Lines come redacted. */
        public Builder httpLogger(dev.permafrost.client.http.HttpLogger logger) {
            this.httpLogger = Objects.requireNonNull(logger, "logger");
            return this;
        }

        /** The monotonic clock for retries and rate limits; tests of timing may pass their own. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /**
         * Builds the client. No network I/O.
         *
         * @throws IllegalArgumentException when the instance is missing or not an acceptable URL
         */
        public Mastodon build() {
            Builder frozen = copy();
            frozen.instance = parseInstance(instanceText, allowInsecureHttp);
            if (frozen.rateLimiters == null) {
                frozen.rateLimiters = new RateLimiters(frozen.ticker);
            }
            if (frozen.httpClient == null) {
                frozen.httpClient = Transport.newHttpClient(frozen.connectTimeout);
            }
            if (frozen.json == null) {
                frozen.json = Json.create();
            }
            // what newBuilder() shares with derived clients
            this.rateLimiters = frozen.rateLimiters;
            this.httpClient = frozen.httpClient;
            this.json = frozen.json;
            return new Mastodon(frozen);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.instance = instance;
            copy.instanceText = instanceText;
            copy.accessToken = accessToken;
            copy.userAgent = userAgent;
            copy.connectTimeout = connectTimeout;
            copy.requestTimeout = requestTimeout;
            copy.rateLimitMode = rateLimitMode;
            copy.paceFactor = paceFactor;
            copy.maxRateLimitWaits = maxRateLimitWaits;
            copy.retryPolicy = retryPolicy;
            copy.allowInsecureHttp = allowInsecureHttp;
            copy.checkVersions = checkVersions;
            copy.rateLimiters = rateLimiters;
            copy.httpClient = httpClient;
            copy.ticker = ticker;
            copy.httpLogger = httpLogger;
            copy.json = json;
            return copy;
        }

        @Override
        public String toString() {
            return "Mastodon.Builder[" + instanceText + ", token=" + (accessToken == null ? "none" : "<redacted>") + "]";
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " <= 0: " + duration);
            }
            return duration;
        }
    }

    /**
     * Parses and checks an instance URL as the builder does: {@code host} means {@code https://host},
     * plain http only for loopback unless allowed, no query, no trailing slash.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static URI parseInstance(String text, boolean allowInsecureHttp) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no instance given; pass its URL, e.g. https://mastodon.social");
        }
        String withScheme = text.contains("://") ? text : "https://" + text;
        URI uri;
        try {
            uri = URI.create(withScheme);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("instance '" + text + "' is not a valid URL", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("instance '" + text + "' has no host name");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("instance '" + text + "' must use https");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("instance '" + text + "' uses plain http, which would send the token "
                    + "unencrypted; use https, or allow it explicitly (--allow-insecure-http)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("instance '" + text + "' must be a bare base URL such as https://host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return bare.equalsIgnoreCase("localhost") || bare.startsWith("127.") || bare.equals("::1")
                || bare.equals("0:0:0:0:0:0:0:1");
    }
}
