package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The thread around a status: its ancestors (oldest first) and its descendants (depth first). */
public record Context(List<Status> ancestors, List<Status> descendants, @JsonIgnore String raw) implements Entity {

    public Context {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
        descendants = descendants == null ? List.of() : List.copyOf(descendants);
    }
}
