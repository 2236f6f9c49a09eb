package dev.permafrost.camel.crawl;

import dev.permafrost.client.http.HttpLogger;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the HTTP requests a client sends (each attempt, retries included), by standing in as its
 * exchange log ({@code Mastodon.Builder.httpLogger}) and passing the lines on to the usual log
 * when that wants them. Thread-safe.
 */
public final class RequestCounter implements HttpLogger {
    private final AtomicLong count = new AtomicLong();
    private final HttpLogger log;

    /** A counter that passes lines on to the SLF4J exchange log. */
    public RequestCounter() {
        this(HttpLogger.SLF4J);
    }

    public RequestCounter(HttpLogger log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Requests sent so far. */
    public long count() {
        return count.get();
    }

    @Override
    public boolean logsExchanges() {
        return true; // every exchange must reach log(String) to be counted
    }

    @Override
    public boolean logsHeaders() {
        return log.logsHeaders();
    }

    @Override
    public void log(String line) {
        boolean header = line.startsWith(">") || line.startsWith("<");
        if (!header) {
            count.incrementAndGet();
        }
        if (header ? log.logsHeaders() : log.logsExchanges()) {
            log.log(line);
        }
    }
}
