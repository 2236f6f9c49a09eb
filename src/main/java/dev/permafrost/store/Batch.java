package dev.permafrost.store;

import dev.permafrost.model.Entity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of entities of one collection, and the checkpoint to store with them.
 *
 * @param key the collection the items came from
 * @param items entities of the type the collection's kind holds (Status, Account, Notification,
 *     Conversation, DomainName, MastodonList, Tag, Filter, ScheduledStatus, StatusEdit, Poll)
 * @param pageCursor the internal cursor of the page (Link {@code max_id} of its next link), kept on
 *     favourites and bookmarks rows; empty when the collection has none
 * @param checkpoint the checkpoint to move in the same transaction, if any
 */
public record Batch(CollectionKey key, List<? extends Entity> items, Optional<String> pageCursor,
                    Optional<Checkpoint> checkpoint) {
    public Batch {
        Objects.requireNonNull(key, "key");
        items = List.copyOf(items);
        Objects.requireNonNull(pageCursor, "pageCursor");
        Objects.requireNonNull(checkpoint, "checkpoint");
        checkpoint.ifPresent(c -> {
            if (!c.key().equals(key)) {
                throw new IllegalArgumentException("checkpoint " + c.key() + " is not for collection " + key);
            }
        });
    }

    /** A batch that only moves a checkpoint. */
    public static Batch checkpointOnly(Checkpoint checkpoint) {
        return new Batch(checkpoint.key(), List.of(), Optional.empty(), Optional.of(checkpoint));
    }
}
