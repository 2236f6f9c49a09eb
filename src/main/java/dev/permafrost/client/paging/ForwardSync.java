package dev.permafrost.client.paging;

import dev.permafrost.client.Cursor;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks a collection forward from a stored cursor to its newest item, without gaps, handing the
 * pages over oldest first with the cursor to store after each.
 *
 * <ul>
 *   <li>Collections that honour {@code min_id} (statuses, timelines, notifications, and the
 *       internal-ID collections favourites and bookmarks): ask {@code min_id=mark}, which returns
 *       the items immediately newer, then follow each page's {@code prev} link until an empty
 *       page. Memory: one page.
 *   <li>Collections that ignore {@code min_id} (followers, blocks...): ask {@code since_id=mark},
 *       then walk {@code next} links down (keeping {@code since_id}) to the mark, and hand the
 *       pages over oldest first. Memory: the new items only. The new cursor comes with the last
 *       (newest) page, so a crash part-way redoes the walk rather than skip anything.
 * </ul>
 * The walk never requests a cursor that does not advance.
 */
public final class ForwardSync<T> implements Iterator<SyncPage<T>> {
    private final Function<PageRequest, Page<T>> fetch;
    private final Function<T, String> idOf;
    private final Deque<SyncPage<T>> ready = new ArrayDeque<>();
    private final boolean ignoresMinId;
    private final boolean byEntityIds;
    private final int limit;
    private String mark;
    private String markBefore;
    private Page<T> last;
    private boolean started;
    private boolean finished;

    private ForwardSync(Function<PageRequest, Page<T>> fetch, Paging paging, String mark, Function<T, String> idOf, int limit) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.idOf = Objects.requireNonNull(idOf, "idOf");
        this.mark = Objects.requireNonNull(mark, "mark");
        this.ignoresMinId = paging == Paging.LINK_IGNORES_MIN_ID;
        this.byEntityIds = paging == Paging.ID;
        this.limit = limit;
        if (paging == Paging.NONE || paging == Paging.OFFSET || paging == Paging.LIMIT_ONLY) {
            throw new IllegalArgumentException("a " + paging + " collection cannot be synced by cursor");
        }
    }

    /**
     * A sync from {@code mark}, asking for the largest pages.
     *
     * @param fetch requests one page of the collection
     * @param paging how the collection pages
     * @param mark the stored cursor: the newest item ID, or the {@code prev} Link cursor for internal IDs
     * @param idOf the ID of an item (used only when a server sends no {@code prev} link)
     */
    public static <T> ForwardSync<T> from(Function<PageRequest, Page<T>> fetch, Paging paging, String mark,
                                          Function<T, String> idOf) {
        return new ForwardSync<>(fetch, paging, mark, idOf, 0);
    }

    /** The same with a page size of its own (0: the largest). */
    public static <T> ForwardSync<T> from(Function<PageRequest, Page<T>> fetch, Paging paging, String mark,
                                          Function<T, String> idOf, int limit) {
        return new ForwardSync<>(fetch, paging, mark, idOf, limit);
    }

    @Override
    public boolean hasNext() {
        if (ready.isEmpty() && !finished) {
            if (ignoresMinId) {
                walkDown();
            } else {
                stepUp();
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public SyncPage<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    private PageRequest request() {
        return limit > 0 ? PageRequest.newest().limit(limit) : PageRequest.largest();
    }

    private void stepUp() {
        Page<T> page;
        if (!started) {
            started = true;
            page = fetch.apply(request().minId(mark));
        } else if (last.previous().isPresent()) {
            Cursor newer = gapFree(last.previous().get());
            if (newer.value().map(value -> !value.equals(markBefore)).orElse(true)) {
                page = last.source().fetch(newer);
            } else {
                finished = true;
                return;
            }
        } else {
            // No prev link: only entity IDs can be rebuilt into a cursor, never internal ones.
            page = fetch.apply(request().minId(mark));
        }
        if (page.isEmpty()) {
            finished = true;
            return;
        }
        markBefore = mark;
        Optional<String> linked = page.previous().flatMap(Cursor::value);
        if (linked.isPresent()) {
            mark = linked.get();
        } else if (byEntityIds) {
            mark = idOf.apply(page.items().get(0));
        } else {
            finished = true;
        }
        if (mark.equals(markBefore)) {
            finished = true;
        }
        ready.add(new SyncPage<>(oldestFirst(page.items()), mark));
        last = page;
    }

    private void walkDown() {
        finished = true;
        Page<T> first = fetch.apply(request().sinceId(mark));
        if (first.isEmpty()) {
            return;
        }
        List<Page<T>> pages = new ArrayList<>();
        pages.add(first);
        Page<T> page = first;
        String lastPosition = null;
        while (page.next().isPresent()) {
            Cursor older = page.next().get().withParam("since_id", mark);
            String position = older.param("max_id").orElse(older.uri().toString());
            if (position.equals(lastPosition)) {
                break;
            }
            lastPosition = position;
            page = page.source().fetch(older);
            if (page.isEmpty()) {
                break;
            }
            pages.add(page);
        }
        String newMark = first.previous().flatMap(Cursor::value).orElse(mark);
        for (int i = pages.size() - 1; i >= 0; i--) {
            ready.add(new SyncPage<>(oldestFirst(pages.get(i).items()), i == 0 ? newMark : mark));
        }
    }

    /**
     * A {@code prev} link that carries {@code since_id} (some servers send one) would return the
     * newest page above it and skip the rest of a gap; this collection honours {@code min_id}, so
     * ask for the items immediately above instead.
     */
    private static Cursor gapFree(Cursor newer) {
        Optional<String> since = newer.param("since_id");
        if (since.isEmpty() || newer.param("min_id").isPresent()) {
            return newer;
        }
        return newer.withoutParam("since_id").withParam("min_id", since.get());
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> copy = new ArrayList<>(newestFirst);
        Collections.reverse(copy);
        return copy;
    }
}
