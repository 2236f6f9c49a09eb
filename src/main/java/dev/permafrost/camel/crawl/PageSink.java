package dev.permafrost.camel.crawl;

import dev.permafrost.store.Batch;

/**
 * Takes the pages of a crawl. It must store the batch's items and its checkpoint together (the
 * archive does, in one transaction); if it throws, the crawl stops and the checkpoint stays where
 * the last stored page left it.
 */
@FunctionalInterface
public interface PageSink {
    void accept(Batch batch);
}
