package dev.permafrost.client;

import java.time.Instant;
import java.util.Optional;

/**
 * HTTP 429, or a rate limit that could not be waited out: in {@code throw} mode at once, in
 * {@code wait} and {@code pace} modes only after the bounded number of waits was spent.
 */
public class RateLimitException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    private final Instant reset;

    public RateLimitException(String failure, ErrorContext context, Instant reset) {
        super(failure, context);
        this.reset = reset;
    }

    /** When the server said the limit resets (server clock converted to ours), if it said. */
    public Optional<Instant> reset() {
        return Optional.ofNullable(reset);
    }
}
