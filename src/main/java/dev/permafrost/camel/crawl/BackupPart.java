package dev.permafrost.camel.crawl;

import dev.permafrost.client.Feed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a personal backup ({@code permafrost archive}), by the names {@code --only} and
 * {@code --skip} take, in the order a backup runs them. {@code context} and {@code media} cost a
 * request per status or file, so they run only when asked for.
 */
public enum BackupPart {
    /** The account's own statuses, boosts and direct messages included. */
    STATUSES(Feed.Kind.STATUSES, true),
    FAVOURITES(Feed.Kind.FAVOURITES, true),
    BOOKMARKS(Feed.Kind.BOOKMARKS, true),
    FOLLOWERS(Feed.Kind.FOLLOWERS, true),
    FOLLOWING(Feed.Kind.FOLLOWING, true),
    /** Notifications of every type. */
    NOTIFICATIONS(Feed.Kind.NOTIFICATIONS, true),
    HOME(Feed.Kind.HOME, true),
    /** The lists, and the members of each. */
    LISTS(Feed.Kind.LISTS, true),
    BLOCKS(Feed.Kind.BLOCKS, true),
    MUTES(Feed.Kind.MUTES, true),
    DOMAIN_BLOCKS(Feed.Kind.DOMAIN_BLOCKS, true),
    FILTERS(Feed.Kind.FILTERS, true),
    FOLLOWED_TAGS(Feed.Kind.FOLLOWED_TAGS, true),
    CONVERSATIONS(Feed.Kind.CONVERSATIONS, true),
    SCHEDULED(Feed.Kind.SCHEDULED, true),
    /** The edit history of each own status edited since its history was last archived. */
    EDITS(null, true),
    /** The polls of own statuses that were still open, refreshed. */
    POLLS(null, true),
    /** The thread around each own status (once per status; again with a refresh). */
    CONTEXT(null, false),
    /** The files of the media attached to own statuses, downloaded once each. */
    MEDIA(null, false);

    private final Feed.Kind feed;
    private final boolean onByDefault;

    BackupPart(Feed.Kind feed, boolean onByDefault) {
        this.feed = feed;
        this.onByDefault = onByDefault;
    }

    /** The name on the command line: {@code domain-blocks}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a backup runs it without being asked. */
    public boolean onByDefault() {
        return onByDefault;
    }

    /** The collection this part crawls, for the parts that are one collection of the account. */
    Feed feed(String me) {
        if (feed == null) {
            throw new IllegalStateException(label() + " is not a single collection");
        }
        return new Feed(feed, feed == Feed.Kind.STATUSES || feed == Feed.Kind.FOLLOWERS
                || feed == Feed.Kind.FOLLOWING ? me : "");
    }

    boolean isCollection() {
        return feed != null;
    }

    /** The parts a backup runs by default. */
    public static Set<BackupPart> defaults() {
        EnumSet<BackupPart> parts = EnumSet.noneOf(BackupPart.class);
        for (BackupPart part : values()) {
            if (part.onByDefault) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The part with this name.
     *
     * @throws IllegalArgumentException naming every part when it is not one
     */
    public static BackupPart parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (BackupPart part : values()) {
            if (part.label().equals(wanted)) {
                return part;
            }
        }
        throw new IllegalArgumentException("unknown collection '" + name + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(BackupPart::label).toList()));
    }
}
