package dev.permafrost.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a paginated collection: its items as the server ordered them (newest first for
 * Mastodon), and the cursors of the neighbouring pages from the {@code Link} header.
 *
 * <p>{@link #walk(Direction)} and {@link #stream(Direction)} go through the following pages
 * lazily, one request per page and one page in memory at a time. A walk stops at an empty page,
 * at a page without a link onwards, or when a link does not advance (a server bug that would
 * otherwise loop forever).
 *
 * @param items the entities of the page, never null
 * @param next the older page, if the server linked one
 * @param previous the newer page, if the server linked one
 * @param source how to fetch a neighbour; not data
 */
public record Page<T>(List<T> items, Optional<Cursor> next, Optional<Cursor> previous, PageSource<T> source) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(source, "source");
    }

    /** A whole collection that the server returns at once, as a page without neighbours. */
    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, Optional.empty(), Optional.empty(), cursor -> {
            throw new IllegalStateException("a single-page collection has no neighbouring pages");
        });
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    /** The cursor onwards in a direction. */
    public Optional<Cursor> cursor(Direction direction) {
        return direction == Direction.OLDER ? next : previous;
    }

    /** Fetches the older page; empty when this page is empty or has no {@code next} link. */
    public Optional<Page<T>> fetchNext() {
        return fetch(Direction.OLDER);
    }

    /** Fetches the newer page; empty when this page is empty or has no {@code prev} link. */
    public Optional<Page<T>> fetchPrevious() {
        return fetch(Direction.NEWER);
    }

    /** Fetches the neighbouring page in a direction. */
    public Optional<Page<T>> fetch(Direction direction) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return cursor(direction).map(source::fetch);
    }

    /** This page and every following one in a direction, fetched lazily. */
    public Stream<Page<T>> walk(Direction direction) {
        Iterator<Page<T>> pages = new Walker<>(this, direction);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The items of this page and of every following one in a direction, fetched lazily. */
    public Stream<T> stream(Direction direction) {
        return walk(direction).flatMap(page -> page.items().stream());
    }

    /** Every item from here to the end in a direction, in memory (Mastodon.py's fetch_remaining). */
    public List<T> fetchRemaining(Direction direction) {
        List<T> all = new ArrayList<>();
        stream(direction).forEach(all::add);
        return all;
    }

    /**
     * Walks pages, fetching each one only when asked for, and refuses to request a cursor that
     * does not advance (the same URL, or the same position, as the page just fetched).
     */
    private static final class Walker<T> implements Iterator<Page<T>> {
        private final Direction direction;
        private Page<T> current;
        private Cursor currentCursor;
        private boolean consumed;

        Walker(Page<T> first, Direction direction) {
            this.current = first;
            this.direction = direction;
        }

        @Override
        public boolean hasNext() {
            if (!consumed) {
                return current != null;
            }
            if (current == null || current.isEmpty()) {
                current = null;
                return false;
            }
            Optional<Cursor> onwards = current.cursor(direction);
            if (onwards.isEmpty() || !advances(onwards.get())) {
                current = null;
                return false;
            }
            currentCursor = onwards.get();
            current = current.source().fetch(currentCursor);
            consumed = false;
            return true;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            consumed = true;
            return current;
        }

        private boolean advances(Cursor onwards) {
            if (currentCursor == null) {
                return true;
            }
            if (onwards.uri().equals(currentCursor.uri())) {
                return false;
            }
            return onwards.value().isEmpty() || !onwards.value().equals(currentCursor.value());
        }
    }
}
