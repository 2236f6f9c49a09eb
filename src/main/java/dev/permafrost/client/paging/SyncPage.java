package dev.permafrost.client.paging;

import java.util.List;
import java.util.Objects;

/**
 * One step of a forward sync: items to store, oldest first, and the cursor to store with them.
 * Store both in one transaction; a rerun from {@code mark} then continues exactly after them.
 *
 * @param items the new items of the page, oldest first
 * @param mark the checkpoint that covers these items and everything before them
 */
public record SyncPage<T>(List<T> items, String mark) {
    public SyncPage {
        items = List.copyOf(items);
        Objects.requireNonNull(mark, "mark");
    }
}
