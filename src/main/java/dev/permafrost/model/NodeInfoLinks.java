package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The NodeInfo discovery document at {@code /.well-known/nodeinfo}: where each schema version of {@link NodeInfo} lives. */
public record NodeInfoLinks(List<Link> links, @JsonIgnore String raw) implements Entity {

    public NodeInfoLinks {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A schema URI ({@code rel}) and the document's URL. */
    public record Link(String rel, String href) {}
}
