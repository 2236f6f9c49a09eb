package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The OpenID Connect claims about the token's user from {@code /oauth/userinfo} (4.4+, scope {@code profile}). */
public record UserInfo(
        String iss,
        String sub,
        String name,
        String preferredUsername,
        String profile,
        String picture,
        @JsonIgnore String raw) implements Entity {}
