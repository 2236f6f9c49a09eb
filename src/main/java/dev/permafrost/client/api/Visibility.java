package dev.permafrost.client.api;

import java.util.Locale;

/** Who may see a status: its {@code visibility} as the API names it. */
public enum Visibility {
    /** Everyone, on public timelines too. */
    PUBLIC,
    /** Everyone, but not on public timelines ("quiet public" in recent interfaces). */
    UNLISTED,
    /** Followers only. */
    PRIVATE,
    /** Only the mentioned accounts. */
    DIRECT;

    /** The API's name, {@code public}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
