package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * A curated collection of accounts that a user recommends (the Collection entity of Mastodon 4.6;
 * named so it does not clash with {@code java.util.Collection}).
 */
public record AccountCollection(
        String id,
        String accountId,
        String uri,
        String url,
        String name,
        String description,
        String language,
        boolean local,
        boolean sensitive,
        boolean discoverable,
        long itemCount,
        Tag tag,
        List<AccountCollectionItem> items,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore String raw) implements Entity {

    public AccountCollection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
