package dev.permafrost.cli;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.client.ratelimit.RateLimiters;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to one instance shares: which instance, and the
 * {@link ConnectionOptions} (token, rate limits). Without a token given, {@link Logins} falls back to
 * the login stored for the instance.
 */
final class ClientOptions {
    static final String TOKEN_ENV = ConnectionOptions.TOKEN_ENV;

    @Option(names = "--instance", paramLabel = "URL", description = "The instance, e.g. https://mastodon.social.")
    String instance;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    /** Options for one instance with the connection options of another command. */
    static ClientOptions of(String instance, ConnectionOptions connection) {
        ClientOptions options = new ClientOptions();
        options.instance = instance;
        options.connection = connection;
        return options;
    }

    /** The instance URL, or a usage error naming the option. */
    String requireInstance() {
        if (instance == null || instance.isBlank()) {
            throw new UsageException("--instance URL is required");
        }
        return instance;
    }

    Optional<String> explicitToken(Map<String, String> environment) {
        return connection.explicitToken(environment);
    }

    RateLimitMode mode() {
        return connection.mode();
    }

    boolean allowInsecureHttp() {
        return connection.allowInsecureHttp;
    }

    /** A client for the instance, with the token resolved as described in {@link ConnectionOptions}. */
    Mastodon client(RateLimiters limiters, Optional<String> resolvedToken) {
        return connection.client(requireInstance(), limiters, resolvedToken);
    }
}
