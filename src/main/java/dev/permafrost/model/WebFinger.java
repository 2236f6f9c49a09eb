package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A WebFinger resource descriptor ({@code /.well-known/webfinger?resource=acct:…}): an account's ActivityPub actor and profile links. */
public record WebFinger(
        String subject,
        List<String> aliases,
        List<Link> links,
        JsonNode properties,
        @JsonIgnore String raw) implements Entity {

    public WebFinger {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** A link of the descriptor; {@code template} is set for OStatus subscribe links. */
    public record Link(String rel, String type, String href, String template) {}
}
