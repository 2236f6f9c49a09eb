package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The collections of an account, or those it appears in: {@code {"collections": [...]}}. */
public record CollectionList(List<AccountCollection> collections, @JsonIgnore String raw) implements Entity {

    public CollectionList {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
