package dev.permafrost.camel.crawl;

/**
 * What one poll of a collection did.
 *
 * @param pages pages handed to the sink
 * @param items items handed to the sink
 * @param skipped items left out by the item filter (people who opted out of archiving)
 * @param upToDate whether the collection was read up to its newest item (false when the page
 *     budget of the poll ran out first)
 */
public record CrawlResult(long pages, long items, long skipped, boolean upToDate) {
    public static final CrawlResult NOTHING = new CrawlResult(0, 0, 0, true);

    public CrawlResult plus(CrawlResult other) {
        return new CrawlResult(pages + other.pages, items + other.items, skipped + other.skipped,
                upToDate && other.upToDate);
    }
}
