package dev.permafrost.camel.crawl;

import dev.permafrost.client.Cursor;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.client.paging.ForwardSync;
import dev.permafrost.client.paging.SyncPage;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Status;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one collection from its checkpoint to its newest item, a page at a time, handing each
 * page to a sink with the checkpoint to store alongside, so a crawl stopped anywhere resumes
 * exactly where it stopped, without a gap or a duplicate.
 *
 * <ul>
 *   <li>A growing collection (statuses, timelines, notifications, favourites, bookmarks) without
 *       a checkpoint is first walked down from its newest page (the backfill; its progress is the
 *       checkpoint's state, so an interrupted backfill resumes where it stopped). Then, and on
 *       every later poll, it is read forward from the newest cursor stored ({@link ForwardSync}).
 *       A rerun after k new items costs ⌈k / page⌉ + 1 requests.
 *   <li>A relationship list (followers, following, blocks, mutes...) is walked whole on every
 *       poll, and what was not seen is marked ended ({@link Archive#finishWalk}).
 *   <li>{@link #refresh} walks a growing collection whole again, to catch edits and deletions of
 *       what was archived long ago.
 * </ul>
 * Not thread-safe: one crawler per collection, polled by one thread at a time.
 */
public final class CollectionCrawler {
    private final Source source;
    private final CrawlOptions options;
    private final Clock clock;

    public CollectionCrawler(Source source, CrawlOptions options, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Source source() {
        return source;
    }

    /**
     * Reads what is new since the checkpoint stored in the archive.
     *
     * @param archive where the checkpoint is read (and relationship walks are finished)
     * @param sink stores each page with its checkpoint
     * @throws dev.permafrost.client.MastodonException when the server fails; what was handed to
     *     the sink before stays stored
     */
    public CrawlResult poll(Archive archive, PageSink sink) {
        Run run = new Run(archive, sink);
        if (source.isRelationship()) {
            return run.walkWhole(archive);
        }
        Optional<Checkpoint> checkpoint = archive.checkpoint(source.key());
        Optional<CrawlState> state = checkpoint.flatMap(c -> CrawlState.parse(c.state()));
        if (state.isPresent() && state.get().isBackfill()) {
            CrawlState backfill = state.get();
            return run.backfill(backfill.top(), backfill.next(), instant(backfill.since()), instant(backfill.rewalk()));
        }
        if (checkpoint.isPresent() && checkpoint.get().cursor() != null) {
            return run.forward(checkpoint.get().cursor());
        }
        if (checkpoint.isPresent()) {
            return run.backfill(null, null, null, null); // was empty when first seen: all of it is new
        }
        StartPoint start = options.start();
        if (start instanceof StartPoint.Now) {
            return run.startNow();
        }
        if (start instanceof StartPoint.AfterId after) {
            return run.forward(after.id());
        }
        if (start instanceof StartPoint.Since since) {
            return run.backfill(null, null, since.time(), null);
        }
        return run.backfill(null, null, null, null);
    }

    /**
     * Walks a growing collection whole again, from its newest item down to its oldest, so the
     * archive gets what changed in what it already holds (a newer edit replaces a status, counts
     * are refreshed), then reads forward from the checkpoint as {@link #poll} does. A re-walk of an
     * account's statuses ({@code statuses}) that reaches the oldest item marks the statuses it no
     * longer met as deleted ({@link Archive#markUnseenDeleted}). Resumable like a first backfill:
     * the start of the re-walk is kept in the checkpoint, so a later poll or refresh goes on where
     * it stopped. A relationship list is walked whole by every poll anyway, and a collection never
     * read (or still in its first backfill) simply gets its poll.
     *
     * @throws dev.permafrost.client.MastodonException when the server fails; what was handed to
     *     the sink before stays stored, and the re-walk resumes from there
     */
    public CrawlResult refresh(Archive archive, PageSink sink) {
        Optional<Checkpoint> checkpoint = archive.checkpoint(source.key());
        boolean inBackfill = checkpoint.flatMap(c -> CrawlState.parse(c.state())).filter(CrawlState::isBackfill).isPresent();
        if (source.isRelationship() || checkpoint.isEmpty() || inBackfill) {
            return poll(archive, sink);
        }
        return new Run(archive, sink).backfill(checkpoint.get().cursor(), null, null, clock.instant());
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** The state of one poll. */
    private final class Run {
        private final Archive archive;
        private final PageSink sink;
        private long pages;
        private long items;
        private long skipped;

        Run(Archive archive, PageSink sink) {
            this.archive = archive;
            this.sink = sink;
        }

        private PageRequest request() {
            return options.pageSize() > 0 ? PageRequest.newest().limit(options.pageSize()) : PageRequest.largest();
        }

        private boolean outOfPages() {
            return (options.pagesPerPoll() > 0 && pages >= options.pagesPerPoll()) || options.stop().getAsBoolean();
        }

        private CrawlResult result(boolean upToDate) {
            return new CrawlResult(pages, items, skipped, upToDate);
        }

        private void store(List<? extends Entity> page, Optional<String> pageCursor, Checkpoint checkpoint) {
            List<Entity> kept = new ArrayList<>(page.size());
            for (Entity item : page) {
                if (options.keep().test(item)) {
                    kept.add(item);
                } else {
                    skipped++;
                }
            }
            sink.accept(new Batch(source.key(), kept, pageCursor, Optional.ofNullable(checkpoint)));
            pages++;
            items += kept.size();
        }

        private Checkpoint checkpoint(String cursor, CrawlState state) {
            return new Checkpoint(source.key(), cursor, state == null ? null : state.format(), clock.instant());
        }

        /** The cursor the forward phase starts from: the newest page's prev link, or its newest entity ID. */
        private String topOf(Page<? extends Entity> page) {
            Optional<String> linked = page.previous().flatMap(Cursor::value);
            if (linked.isPresent()) {
                return linked.get();
            }
            if (!page.isEmpty() && source.paging() == Paging.ID) {
                return source.idOf().apply(page.items().get(0));
            }
            return null;
        }

        CrawlResult startNow() {
            Page<? extends Entity> newest = source.pages().apply(request());
            String top = topOf(newest);
            sink.accept(Batch.checkpointOnly(top == null
                    ? checkpoint(null, CrawlState.walked())
                    : checkpoint(top, null)));
            return result(true);
        }

        /**
         * Walks down from {@code next} (the newest page when null), then forward from {@code top}.
         *
         * @param rewalk when the re-walk of an archived collection began, or null for a first backfill
         */
        CrawlResult backfill(String top, String next, Instant since, Instant rewalk) {
            long archived = 0;
            Page<? extends Entity> page = source.pages().apply(next == null ? request() : request().maxId(next));
            if (top == null) {
                top = topOf(page);
            }
            while (true) {
                List<Entity> batch = new ArrayList<>(page.items());
                boolean reachedBound = false;
                if (since != null) {
                    int before = batch.size();
                    batch.removeIf(item -> createdAt(item).map(at -> at.isBefore(since)).orElse(false));
                    reachedBound = batch.size() < before;
                }
                boolean reachedCap = false;
                if (options.maxItems() > 0 && archived + batch.size() >= options.maxItems()) {
                    batch = new ArrayList<>(batch.subList(0, (int) (options.maxItems() - archived)));
                    reachedCap = true;
                }
                archived += batch.size();
                Optional<String> older = page.isEmpty() ? Optional.empty() : page.next().flatMap(Cursor::value);
                boolean endedOnEmptyPage = page.isEmpty();
                boolean finished = endedOnEmptyPage || older.isEmpty() || reachedBound || reachedCap
                        || older.get().equals(next);
                if (finished) {
                    Checkpoint done = top == null ? checkpoint(null, CrawlState.walked()) : checkpoint(top, null);
                    boolean reachedOldest = (endedOnEmptyPage || older.isEmpty()) && !reachedBound && !reachedCap;
                    if (rewalk != null && reachedOldest && source.key().kind() == CollectionKind.STATUSES) {
                        // The last page keeps the re-walk's state until the deletions are marked, so
                        // a crash in between repeats one page rather than losing the marking.
                        store(batch, older, checkpoint(null, backfillState(top, next, since, rewalk)));
                        archive.markUnseenDeleted(source.key(), rewalk, clock.instant());
                        sink.accept(Batch.checkpointOnly(done));
                    } else {
                        store(batch, older, done);
                    }
                    // A walk that did not end on an empty page has not yet looked above its top.
                    return top != null && !endedOnEmptyPage && !outOfPages() ? forward(top) : result(top == null || endedOnEmptyPage);
                }
                store(batch, older, checkpoint(null, backfillState(top, older.get(), since, rewalk)));
                if (outOfPages()) {
                    return result(false);
                }
                next = older.get();
                page = source.pages().apply(request().maxId(next));
            }
        }

        private CrawlState backfillState(String top, String next, Instant since, Instant rewalk) {
            return CrawlState.backfill(top, next, since == null ? null : since.toString(),
                    rewalk == null ? null : rewalk.toString());
        }

        CrawlResult forward(String mark) {
            @SuppressWarnings("unchecked")
            ForwardSync<Entity> sync = ForwardSync.from(request -> (Page<Entity>) source.pages().apply(request),
                    source.paging(), mark, source.idOf(), options.pageSize());
            while (true) {
                if (outOfPages()) {
                    return result(false);
                }
                if (!sync.hasNext()) {
                    return result(true);
                }
                SyncPage<Entity> page = sync.next();
                store(page.items(), Optional.of(page.mark()), checkpoint(page.mark(), null));
            }
        }

        CrawlResult walkWhole(Archive archive) {
            Instant started = clock.instant();
            Page<? extends Entity> page = source.pages().apply(request());
            String lastPosition = null;
            long taken = 0;
            while (true) {
                List<? extends Entity> batch = page.items();
                boolean capped = options.maxItems() > 0 && taken + batch.size() >= options.maxItems();
                if (capped) {
                    batch = batch.subList(0, (int) (options.maxItems() - taken));
                }
                taken += batch.size();
                Optional<String> older = page.isEmpty() ? Optional.empty() : page.next().flatMap(Cursor::value);
                boolean complete = page.isEmpty() || older.isEmpty() || older.get().equals(lastPosition);
                if (capped && !complete) {
                    store(batch, older, null); // a capped walk cannot tell what ended: nothing is marked
                    return result(true);
                }
                store(batch, older, complete ? checkpoint(null, CrawlState.walked()) : null);
                if (complete) {
                    archive.finishWalk(source.key(), started);
                    return result(true);
                }
                if (options.stop().getAsBoolean()) {
                    return result(false);
                }
                lastPosition = older.get();
                page = page.fetchNext().orElseThrow();
            }
        }
    }

    private static Optional<Instant> createdAt(Entity item) {
        if (item instanceof Status status) {
            return Optional.ofNullable(status.createdAt());
        }
        if (item instanceof Notification notification) {
            return Optional.ofNullable(notification.createdAt());
        }
        return Optional.empty();
    }
}
