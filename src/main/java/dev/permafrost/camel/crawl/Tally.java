package dev.permafrost.camel.crawl;

import dev.permafrost.camel.crawl.CollectionReport.Outcome;
import dev.permafrost.store.Archive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Counts the work on one collection while it runs (for the listener) and when it ends (for the
 * report). Requests are the difference of the client's counter, so one tally at a time per client.
 */
final class Tally {
    private final String instance;
    private final String name;
    private final RequestCounter requests;
    private final long requestsBefore;
    private final CrawlListener listener;
    private final List<String> warnings = new ArrayList<>();
    private long items;
    private long pages;
    private long optedOut;
    private long otherRequests;
    private long shownItems;
    private long shownPages;

    Tally(String instance, String name, RequestCounter requests, CrawlListener listener) {
        this.instance = instance;
        this.name = name;
        this.requests = requests;
        this.requestsBefore = requests.count();
        this.listener = listener;
    }

    void started(long expectedItems) {
        listener.started(instance, name, expectedItems);
    }

    /** A sink that stores each batch in the archive, shows the progress, then hands the batch on. */
    PageSink sink(Archive archive, Consumer<dev.permafrost.store.Batch> then) {
        return batch -> {
            archive.write(batch);
            shownItems += batch.items().size();
            shownPages++;
            listener.progressed(instance, name, shownItems, shownPages);
            then.accept(batch);
        };
    }

    PageSink sink(Archive archive) {
        return sink(archive, batch -> { });
    }

    /** Adds what a crawler reported of one poll. */
    void add(CrawlResult result) {
        items += result.items();
        pages += result.pages();
        optedOut += result.skipped();
    }

    /** Adds one request's worth of items stored outside a crawler (an edit history, a poll, a file). */
    void single(long stored) {
        items += stored;
        pages++;
        shownItems += stored;
        shownPages++;
        listener.progressed(instance, name, shownItems, shownPages);
    }

    /** Requests made through another client than the counted one (media downloads). */
    void otherRequests(long count) {
        otherRequests += count;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    CollectionReport finish(Outcome outcome) {
        CollectionReport report = new CollectionReport(instance, name, items, pages,
                requests.count() - requestsBefore + otherRequests, optedOut, outcome, warnings);
        listener.finished(report);
        return report;
    }

    /** The report of a collection the run never reached because it was stopped first. */
    static CollectionReport notReached(String instance, String name, CrawlListener listener) {
        CollectionReport report = new CollectionReport(instance, name, 0, 0, 0, 0, Outcome.INCOMPLETE,
                List.of("not started: the run was stopped"));
        listener.finished(report);
        return report;
    }
}
