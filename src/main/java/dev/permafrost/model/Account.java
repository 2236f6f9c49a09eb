package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A user of some instance, as the API describes them (the Account entity). The same record holds
 * the CredentialAccount of {@code verify_credentials} ({@link #source()} and {@link #role()} set)
 * and the MutedAccount of {@code /api/v1/mutes} ({@link #muteExpiresAt()} set).
 */
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
        String avatarDescription,
        String headerDescription,
        Boolean memorial,
        Account moved,
        Boolean hideCollections,
        Boolean showMedia,
        Boolean showMediaReplies,
        Boolean showFeatured,
        FeatureApproval featureApproval,
        List<Role> roles,
        Source source,
        Role role,
        Instant muteExpiresAt,
        @JsonIgnore String raw) implements Entity {

    public Account {
        emojis = emojis == null ? List.of() : List.copyOf(emojis);
        fields = fields == null ? List.of() : List.copyOf(fields);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A name-value pair shown on a profile. */
    public record Field(String name, String value, Instant verifiedAt) {}

    /**
     * The editable profile values and defaults of the authenticated user, sent only by
     * {@code verify_credentials} and {@code update_credentials}.
     */
    public record Source(
            String note,
            List<Field> fields,
            String privacy,
            Boolean sensitive,
            String language,
            long followRequestsCount,
            Boolean hideCollections,
            Boolean discoverable,
            Boolean indexable,
            List<String> attributionDomains,
            String quotePolicy) {

        public Source {
            fields = fields == null ? List.of() : List.copyOf(fields);
            attributionDomains = attributionDomains == null ? List.of() : List.copyOf(attributionDomains);
        }
    }
}
