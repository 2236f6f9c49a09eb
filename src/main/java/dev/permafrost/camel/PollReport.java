package dev.permafrost.camel;

import java.util.Objects;
import java.util.Optional;

/**
 * What one poll of a {@code mastodon:} consumer did.
 *
 * @param collection the collection, as the archive keys it ({@code 127.0.0.1:8080/109/home})
 * @param pages pages the route processed successfully
 * @param items items in those pages
 * @param upToDate whether the poll read up to the newest item
 * @param failure why the poll stopped early (the server failed, or the route failed on a page), if it did
 */
public record PollReport(String collection, long pages, long items, boolean upToDate, Optional<String> failure) {
    public PollReport {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(failure, "failure");
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** One line for people: {@code home on host: 3 pages, 80 items, up to date}. */
    public String describe() {
        String outcome = failure.map(why -> "failed: " + why).orElse(upToDate ? "up to date" : "more to read");
        return collection + ": " + pages + (pages == 1 ? " page, " : " pages, ") + items
                + (items == 1 ? " item, " : " items, ") + outcome;
    }
}
