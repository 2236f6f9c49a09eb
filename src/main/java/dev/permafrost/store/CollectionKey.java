package dev.permafrost.store;

import java.util.Objects;

/**
 * Names one crawled collection: the instance it lives on, the account it belongs to (the
 * authenticated user for home, favourites...; the target for followers of someone; empty for
 * public timelines) and the collection itself, e.g. {@code home}, {@code tag:java},
 * {@code followers}, {@code list:42}. Checkpoints are keyed by it.
 *
 * @param instance the instance authority: host, plus {@code :port} when not the default
 * @param account the account id the collection belongs to, or {@code ""} when none
 * @param collection the collection name, {@link CollectionKind#name()} style plus an optional {@code :arg}
 */
public record CollectionKey(String instance, String account, String collection) {
    public CollectionKey {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(collection, "collection");
        if (instance.isBlank()) {
            throw new IllegalArgumentException("instance is blank");
        }
        if (collection.isBlank()) {
            throw new IllegalArgumentException("collection is blank");
        }
    }

    /** The kind of collection, which decides the tables it is stored in. */
    public CollectionKind kind() {
        return CollectionKind.of(collection);
    }

    /** The argument after the kind ({@code java} in {@code tag:java}), or {@code ""}. */
    public String argument() {
        int colon = collection.indexOf(':');
        return colon < 0 ? "" : collection.substring(colon + 1);
    }

    @Override
    public String toString() {
        return instance + "/" + (account.isEmpty() ? "-" : account) + "/" + collection;
    }
}
