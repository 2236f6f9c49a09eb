package dev.permafrost.client;

/**
 * Fetches the page a cursor points at, with the same element type and request family as the
 * page it came from. Supplied by the client; callers use {@link Page#fetchNext()} and friends.
 */
@FunctionalInterface
public interface PageSource<T> {
    Page<T> fetch(Cursor cursor);
}
