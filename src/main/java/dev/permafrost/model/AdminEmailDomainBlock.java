package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** An email domain that cannot be used to sign up, with daily counts of attempts. */
public record AdminEmailDomainBlock(
        String id,
        String domain,
        Instant createdAt,
        List<History> history,
        Boolean allowWithApproval,
        @JsonIgnore String raw) implements Entity {

    public AdminEmailDomainBlock {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** One day of sign-up attempts; the API sends the day as Unix seconds and the counts as strings. */
    public record History(Instant day, long accounts, long uses) {}
}
