package dev.permafrost.client.api;

import java.util.Locale;

/** Who may quote a status (Mastodon 4.5's {@code quote_approval_policy}). */
public enum QuotePolicy {
    /** Anyone. */
    PUBLIC,
    /** Followers only. */
    FOLLOWERS,
    /** Nobody but the author. */
    NOBODY;

    /** The API's name, {@code public}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
