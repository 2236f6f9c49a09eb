package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** The current user's editable profile with source values ({@code /api/v1/profile}, 4.6+). */
public record Profile(
        String id,
        String displayName,
        String note,
        List<Account.Field> fields,
        String avatar,
        String avatarStatic,
        String avatarDescription,
        String header,
        String headerStatic,
        String headerDescription,
        boolean locked,
        Boolean bot,
        Boolean hideCollections,
        Boolean discoverable,
        Boolean indexable,
        Boolean showMedia,
        Boolean showMediaReplies,
        Boolean showFeatured,
        List<String> attributionDomains,
        @JsonIgnore String raw) implements Entity {

    public Profile {
        fields = fields == null ? List.of() : List.copyOf(fields);
        attributionDomains = attributionDomains == null ? List.of() : List.copyOf(attributionDomains);
    }
}
