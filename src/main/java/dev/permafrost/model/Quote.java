package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A quote of another status and whether its author approved it ({@code state}: pending, accepted,
 * rejected, revoked, deleted, unauthorized...). Covers both shapes of the API: the Quote entity
 * carries the whole {@link #quotedStatus()}, the ShallowQuote (used for quotes nested in quotes and
 * in edits) only {@link #quotedStatusId()}.
 */
public record Quote(
        String state,
        Status quotedStatus,
        String quotedStatusId,
        @JsonIgnore String raw) implements Entity {

    /** The quoted status's id from whichever shape was sent; null when it is not visible. */
    public String quotedId() {
        if (quotedStatusId != null) {
            return quotedStatusId;
        }
        return quotedStatus == null ? null : quotedStatus.id();
    }
}
