package dev.permafrost.camel.crawl;

import dev.permafrost.model.Entity;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * How a crawler reads a collection.
 *
 * @param start where to begin when the collection has no checkpoint yet
 * @param pageSize items per request; 0 asks for the endpoint's maximum
 * @param pagesPerPoll pages at most per poll of a growing collection, 0 for no limit (a
 *     relationship list is always walked whole: a partial walk cannot tell what ended)
 * @param maxItems items at most in the initial backfill, and in each walk of a relationship list
 *     (a capped walk marks nothing ended), 0 for no limit
 * @param keep which items to archive (the rest are counted as skipped)
 * @param stop asked between pages; true ends the poll cleanly after the page in hand
 */
public record CrawlOptions(StartPoint start, int pageSize, long pagesPerPoll, long maxItems, Predicate<Entity> keep,
                           BooleanSupplier stop) {
    public CrawlOptions {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(stop, "stop");
        if (pageSize < 0) {
            throw new IllegalArgumentException("pageSize < 0: " + pageSize);
        }
        if (pagesPerPoll < 0) {
            throw new IllegalArgumentException("pagesPerPoll < 0: " + pagesPerPoll);
        }
        if (maxItems < 0) {
            throw new IllegalArgumentException("maxItems < 0: " + maxItems);
        }
    }

    /** The whole history, largest pages, no limits, everything kept. */
    public static CrawlOptions defaults() {
        return new CrawlOptions(new StartPoint.Beginning(), 0, 0, 0, item -> true, () -> false);
    }

    public CrawlOptions withStart(StartPoint value) {
        return new CrawlOptions(value, pageSize, pagesPerPoll, maxItems, keep, stop);
    }

    public CrawlOptions withPageSize(int value) {
        return new CrawlOptions(start, value, pagesPerPoll, maxItems, keep, stop);
    }

    public CrawlOptions withPagesPerPoll(long value) {
        return new CrawlOptions(start, pageSize, value, maxItems, keep, stop);
    }

    public CrawlOptions withMaxItems(long value) {
        return new CrawlOptions(start, pageSize, pagesPerPoll, value, keep, stop);
    }

    public CrawlOptions withKeep(Predicate<Entity> value) {
        return new CrawlOptions(start, pageSize, pagesPerPoll, maxItems, value, stop);
    }

    public CrawlOptions withStop(BooleanSupplier value) {
        return new CrawlOptions(start, pageSize, pagesPerPoll, maxItems, keep, value);
    }
}
