package dev.permafrost.camel;

import dev.permafrost.client.Cursor;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Entity;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Requests the next older page of a walk down a collection while the route stores the current
 * one, so fetching and storing overlap. It only guesses what a walk down asks next (the same
 * request with {@code max_id} set to the page's older cursor); any other request is sent as asked,
 * and a guess nobody asks for is dropped. One per poll; not thread-safe.
 */
final class Prefetcher implements Function<PageRequest, Page<? extends Entity>> {
    private final Function<PageRequest, Page<? extends Entity>> pages;
    private final ExecutorService executor;
    private final Predicate<Page<? extends Entity>> wantsMore;
    private PageRequest guessed;
    private Future<Page<? extends Entity>> ahead;

    /**
     * @param pages how a page is requested
     * @param executor where the next page is fetched
     * @param wantsMore whether the walk will ask for the page after this one (false near the end of
     *     a page budget or a stop request, so no request is wasted there)
     */
    Prefetcher(Function<PageRequest, Page<? extends Entity>> pages, ExecutorService executor,
               Predicate<Page<? extends Entity>> wantsMore) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.wantsMore = Objects.requireNonNull(wantsMore, "wantsMore");
    }

    @Override
    public Page<? extends Entity> apply(PageRequest request) {
        Page<? extends Entity> page;
        if (ahead != null && request.equals(guessed)) {
            page = join(ahead);
        } else {
            drop();
            page = pages.apply(request);
        }
        ahead = null;
        guessed = null;
        Optional<String> older = page.isEmpty() ? Optional.empty() : page.next().flatMap(Cursor::value);
        boolean walkingDown = request.sinceId().isEmpty() && request.minId().isEmpty();
        if (walkingDown && older.isPresent() && wantsMore.test(page)) {
            PageRequest next = request.maxId(older.get());
            guessed = next;
            ahead = executor.submit(() -> pages.apply(next));
        }
        return page;
    }

    /** Cancels a guess nobody asked for. */
    void drop() {
        if (ahead != null) {
            ahead.cancel(true);
            ahead = null;
            guessed = null;
        }
    }

    private static Page<? extends Entity> join(Future<Page<? extends Entity>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a page", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("the page request was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
