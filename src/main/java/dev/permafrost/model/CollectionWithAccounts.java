package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A collection with the full accounts of its owner and members, from {@code GET /api/v1/collections/:id}. */
public record CollectionWithAccounts(
        AccountCollection collection,
        List<Account> accounts,
        @JsonIgnore String raw) implements Entity {

    public CollectionWithAccounts {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
