package dev.permafrost.camel.crawl;

/**
 * Hears how a command's crawl goes, collection by collection: for progress bars. Called on the
 * thread that crawls; implementations used by several threads must be thread-safe.
 */
public interface CrawlListener {
    /** Hears nothing. */
    CrawlListener NONE = new CrawlListener() {};

    /**
     * Work on a collection begins.
     *
     * @param expectedItems how many items it likely holds, or -1 when unknown
     */
    default void started(String instance, String collection, long expectedItems) {}

    /** A page (or a single request's worth) was stored; the counts are totals so far. */
    default void progressed(String instance, String collection, long items, long pages) {}

    /** Work on a collection ended. */
    default void finished(CollectionReport report) {}
}
