package dev.permafrost.camel.crawl;

import java.util.List;
import java.util.Objects;

/**
 * What a command did with one collection (a part of a backup, or a target of a research crawl).
 *
 * @param instance the instance authority
 * @param name the collection as the command line names it ({@code statuses}, {@code tag:java})
 * @param items items stored
 * @param pages pages read (or single requests, for per-status work such as edit histories)
 * @param requests HTTP requests made for it, retries included
 * @param optedOut items left out because their author opted out of archiving
 * @param outcome how it ended
 * @param warnings what a person should know, one sentence each
 */
public record CollectionReport(String instance, String name, long items, long pages, long requests, long optedOut,
                               Outcome outcome, List<String> warnings) {

    /** How the work on a collection ended. */
    public enum Outcome {
        /** Read up to its newest item. */
        DONE,
        /** Stopped before the end (a stop request); the next run goes on from the checkpoint. */
        INCOMPLETE,
        /** The server does not offer it (404, 410, 501, a missing scope...); nothing was stored. */
        SKIPPED,
        /** The server or the network failed; what was stored before stays, the next run goes on. */
        FAILED
    }

    public CollectionReport {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        warnings = List.copyOf(warnings);
    }

    public boolean skipped() {
        return outcome == Outcome.SKIPPED;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    public boolean complete() {
        return outcome == Outcome.DONE;
    }
}
