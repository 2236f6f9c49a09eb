package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Just enough of an account to show its avatar in a notification group (PartialAccountWithAvatar). */
public record PartialAccount(
        String id,
        String acct,
        String url,
        String avatar,
        String avatarStatic,
        String avatarDescription,
        boolean locked,
        Boolean bot,
        @JsonIgnore String raw) implements Entity {}
