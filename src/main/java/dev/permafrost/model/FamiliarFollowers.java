package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The accounts the user follows that also follow the account {@code id}. */
public record FamiliarFollowers(String id, List<Account> accounts, @JsonIgnore String raw) implements Entity {

    public FamiliarFollowers {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
