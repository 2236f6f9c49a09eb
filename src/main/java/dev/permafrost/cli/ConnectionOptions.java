package dev.permafrost.cli;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.RateLimitMode;
import dev.permafrost.client.ratelimit.RateLimiters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a command reaches instances, whichever they are: the token ({@code --token}, else
 * {@code --token-file}, else the {@code PERMAFROST_TOKEN} environment variable) and how to treat
 * rate limits. {@link ClientOptions} adds one {@code --instance}; {@code crawl} takes several.
 */
final class ConnectionOptions {
    static final String TOKEN_ENV = "PERMAFROST_TOKEN";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token (visible to other users of this machine in the process list; prefer --token-file or the PERMAFROST_TOKEN environment variable).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the access token.")
    Path tokenFile;

    @Option(names = "--rate-limit", paramLabel = "MODE", defaultValue = "wait",
            description = "throw, wait or pace (default: ${DEFAULT-VALUE}).")
    String rateLimit;

    @Option(names = "--pace-factor", paramLabel = "F", defaultValue = "1.1",
            description = "In pace mode, how much faster than even to spend the budget (default: ${DEFAULT-VALUE}).")
    double paceFactor;

    @Option(names = "--allow-insecure-http", description = "Accept a plain http instance that is not on this machine.")
    boolean allowInsecureHttp;

    /** The token from the options or the environment, if any was given. */
    Optional<String> explicitToken(java.util.Map<String, String> environment) {
        if (token != null && !token.isBlank()) {
            return Optional.of(token.trim());
        }
        if (tokenFile != null) {
            try {
                String text = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
                if (text.isEmpty()) {
                    throw new UsageException("--token-file " + tokenFile + " is empty");
                }
                return Optional.of(text);
            } catch (IOException e) {
                throw new UsageException("cannot read --token-file " + tokenFile + ": " + e.getMessage());
            }
        }
        String fromEnvironment = environment.get(TOKEN_ENV);
        return fromEnvironment == null || fromEnvironment.isBlank() ? Optional.empty() : Optional.of(fromEnvironment.trim());
    }

    RateLimitMode mode() {
        try {
            return RateLimitMode.parse(rateLimit);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--rate-limit: " + e.getMessage());
        }
    }

    /** A client for an instance, acting with the given token. */
    Mastodon client(String instance, RateLimiters limiters, Optional<String> resolvedToken) {
        Mastodon.Builder builder = Mastodon.builder()
                .instance(instance)
                .accessToken(resolvedToken.orElse(null))
                .rateLimitMode(mode())
                .rateLimiters(limiters);
        try {
            builder.paceFactor(paceFactor);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--pace-factor: " + e.getMessage());
        }
        if (allowInsecureHttp) {
            builder.allowInsecureHttp();
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--instance: " + e.getMessage());
        }
    }
}
