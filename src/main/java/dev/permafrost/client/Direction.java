package dev.permafrost.client;

/** Which way to walk pages: Mastodon's {@code next} links lead to older items, {@code prev} to newer ones. */
public enum Direction {
    /** Following {@code rel="next"}: from the newest items down to the oldest. */
    OLDER,
    /** Following {@code rel="prev"}: up towards the newest items. */
    NEWER
}
