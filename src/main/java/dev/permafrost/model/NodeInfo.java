package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A NodeInfo 2.x document ({@code /nodeinfo/2.0}): which software and version a server runs, and
 * its usage. NodeInfo names are camelCase, unlike the Mastodon API.
 */
@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
public record NodeInfo(
        String version,
        Software software,
        List<String> protocols,
        Services services,
        Usage usage,
        Boolean openRegistrations,
        JsonNode metadata,
        @JsonIgnore String raw) implements Entity {

    public NodeInfo {
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
    }

    /** The server software. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Software(String name, String version, String repository, String homepage) {}

    /** Third-party services the server talks to. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Services(List<String> inbound, List<String> outbound) {

        public Services {
            inbound = inbound == null ? List.of() : List.copyOf(inbound);
            outbound = outbound == null ? List.of() : List.copyOf(outbound);
        }
    }

    /** User and post counts. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Usage(Users users, Long localPosts, Long localComments) {}

    /** Total users and those active in the last month and half year. */
    @JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)
    public record Users(Long total, Long activeMonth, Long activeHalfyear) {}
}
