package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** One account in an {@link AccountCollection}, with its consent {@code state} (pending, accepted, rejected, revoked...). */
public record AccountCollectionItem(
        String id,
        String accountId,
        String state,
        Instant createdAt,
        @JsonIgnore String raw) implements Entity {}
