package dev.permafrost.store;

import java.time.Instant;
import java.util.Objects;

/**
 * How far a collection was read. {@code cursor} is opaque to the store: for statuses and
 * notifications the newest ID archived; for collections with internal IDs (favourites,
 * bookmarks...) the {@code min_id} of the newest page's {@code prev} Link. {@code state} lets a
 * crawler remember more (a backfill in progress, say) as a short string of its own format.
 */
public record Checkpoint(CollectionKey key, String cursor, String state, Instant updatedAt) {
    public Checkpoint {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
