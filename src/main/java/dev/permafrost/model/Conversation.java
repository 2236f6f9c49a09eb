package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A direct-message conversation and its latest status. */
public record Conversation(
        String id,
        boolean unread,
        List<Account> accounts,
        Status lastStatus,
        @JsonIgnore String raw) implements Entity {

    public Conversation {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
