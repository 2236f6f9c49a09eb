package dev.permafrost.camel;

import dev.permafrost.client.Feed;
import java.util.List;
import java.util.Objects;

/**
 * What the path of a {@code mastodon:} URI names: a collection to read ({@code timeline/tag/java},
 * {@code account/me/followers}...) or an action to do ({@code post}).
 */
sealed interface MastodonPath {

    /** The account argument that stands for the authenticated user, resolved on the first poll. */
    String ME = "me";

    /** Every accepted form, for error messages and the README. */
    List<String> FORMS = List.of("timeline/home", "timeline/public", "timeline/local", "timeline/remote",
            "timeline/tag/NAME", "timeline/list/ID", "account/ACCOUNT/statuses", "account/ACCOUNT/followers",
            "account/ACCOUNT/following", "favourites", "bookmarks", "notifications", "conversations", "lists",
            "list/ID/members", "blocks", "mutes", "domain-blocks", "followed-tags", "filters", "scheduled",
            "status/ID/context", "status/ID/reblogged-by", "status/ID/favourited-by", "post");

    /** A collection read by the consumer. Its account argument may still be {@code me} or {@code @user@host}. */
    record Collection(Feed feed) implements MastodonPath {
        public Collection {
            Objects.requireNonNull(feed, "feed");
        }

        /**
         * Whether reading it takes the user's token (and their account ID): everything but public
         * and hashtag timelines, threads and who boosted or favourited, and other accounts' lists.
         */
        boolean isTheUsers() {
            return switch (feed.kind()) {
                case PUBLIC, LOCAL, REMOTE, TAG, CONTEXT, REBLOGGED_BY, FAVOURITED_BY -> false;
                case STATUSES, FOLLOWERS, FOLLOWING -> feed.argument().equals(ME);
                default -> true;
            };
        }
    }

    /** Posting a status (the producer). */
    record Post() implements MastodonPath {}

    /**
     * Parses a path.
     *
     * @throws IllegalArgumentException naming the accepted forms when it is none of them
     */
    static MastodonPath parse(String path) {
        String text = Objects.requireNonNull(path, "path").trim().replaceAll("^/+|/+$", "");
        String[] parts = text.split("/", -1);
        MastodonPath parsed = switch (parts.length) {
            case 1 -> single(parts[0]);
            case 2 -> parts[0].equals("timeline") ? timeline(parts[1]) : null;
            case 3 -> triple(parts[0], parts[1], parts[2]);
            default -> null;
        };
        if (parsed == null) {
            throw new IllegalArgumentException("mastodon:" + text + " is not a collection or action; expected one of "
                    + FORMS);
        }
        return parsed;
    }

    private static MastodonPath single(String name) {
        return switch (name) {
            case "post" -> new Post();
            case "favourites", "bookmarks", "notifications", "conversations", "lists", "blocks", "mutes",
                 "domain-blocks", "followed-tags", "filters", "scheduled" -> new Collection(Feed.parse(name));
            default -> null;
        };
    }

    private static MastodonPath timeline(String name) {
        return switch (name) {
            case "home", "public", "local", "remote" -> new Collection(Feed.parse(name));
            default -> null;
        };
    }

    private static MastodonPath triple(String first, String middle, String last) {
        if (first.equals("timeline")) {
            if (last.isBlank()) {
                return null;
            }
            return switch (middle) {
                case "tag" -> new Collection(new Feed(Feed.Kind.TAG, last));
                case "list" -> new Collection(new Feed(Feed.Kind.LIST, last));
                default -> null;
            };
        }
        if (middle.isBlank()) {
            return null;
        }
        String feed = switch (first + "/" + last) {
            case "account/statuses" -> "statuses";
            case "account/followers" -> "followers";
            case "account/following" -> "following";
            case "list/members" -> "list-members";
            case "status/context" -> "context";
            case "status/reblogged-by" -> "reblogged-by";
            case "status/favourited-by" -> "favourited-by";
            default -> null;
        };
        return feed == null ? null : new Collection(Feed.parse(feed + ":" + middle));
    }
}
