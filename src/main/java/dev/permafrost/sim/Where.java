package dev.permafrost.sim;

import java.util.Objects;

/**
 * Where a status posted by a test should show up: the main user's home feed (by a followed
 * account), the public timeline only (by an account the main user does not follow), the statuses of
 * one account, or a hashtag timeline.
 */
public final class Where {
    enum Kind { HOME, PUBLIC, ACCOUNT, TAG }

    private final Kind kind;
    private final String value;

    private Where(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /** By an account the main user follows: on home, on the public timeline and on the author's statuses. */
    public static Where home() {
        return new Where(Kind.HOME, "");
    }

    /** By an account the main user does not follow: on the public timeline, not on home. */
    public static Where publicTimeline() {
        return new Where(Kind.PUBLIC, "");
    }

    /** By the given account (an ID of this world), public. */
    public static Where account(String accountId) {
        return new Where(Kind.ACCOUNT, Objects.requireNonNull(accountId, "accountId"));
    }

    /** On a hashtag timeline (one of {@link World#tags()}), by an account the main user does not follow. */
    public static Where tag(String hashtag) {
        return new Where(Kind.TAG, Objects.requireNonNull(hashtag, "hashtag").replaceFirst("^#", "").toLowerCase());
    }

    Kind kind() {
        return kind;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "Where[" + kind + (value.isEmpty() ? "" : " " + value) + "]";
    }
}
