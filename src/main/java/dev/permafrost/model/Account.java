package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A user of some instance, as the API describes them (the Account entity). */
public record Account(
        String id,
        String username,
        String acct,
        String url,
        String uri,
        String displayName,
        String note,
        String avatar,
        String avatarStatic,
        String header,
        String headerStatic,
        boolean locked,
        Boolean bot,
        Boolean group,
        Boolean discoverable,
        Boolean noindex,
        Boolean indexable,
        Boolean suspended,
        Boolean limited,
        Instant createdAt,
        LocalDate lastStatusAt,
        long statusesCount,
        long followersCount,
        long followingCount,
        List<CustomEmoji> emojis,
        List<Field> fields,
        @JsonIgnore String raw) implements Entity {

    public Account {
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A name-value pair shown on a profile. */
    public record Field(String name, String value, Instant verifiedAt) {}
}
