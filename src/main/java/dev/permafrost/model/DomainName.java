package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A domain the user blocks. {@code GET /api/v1/domain_blocks} answers bare strings; this record
 * gives them the shape of the other entities ({@code id} and {@code raw} are the domain itself).
 */
public record DomainName(@JsonValue String domain, @JsonIgnore String raw) implements Entity {

    @JsonCreator
    public static DomainName of(String domain) {
        return new DomainName(domain, "\"" + domain.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    public String id() {
        return domain;
    }
}
