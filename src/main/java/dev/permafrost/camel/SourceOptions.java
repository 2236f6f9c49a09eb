package dev.permafrost.camel;

import dev.permafrost.camel.crawl.Source;
import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.api.Notifications;
import dev.permafrost.client.api.Timelines;
import dev.permafrost.store.CollectionKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The endpoint options that narrow a collection: only media on public and hashtag timelines,
 * notification types. A narrowed collection is a collection of its own in the archive (its own
 * checkpoint: {@code local:media}, {@code tag:java:media}, {@code notifications:types=mention}),
 * so narrowing never makes the full collection skip what the narrow one did not read.
 */
record SourceOptions(boolean onlyMedia, List<String> types, List<String> excludeTypes) {
    SourceOptions {
        types = List.copyOf(types);
        excludeTypes = List.copyOf(excludeTypes);
    }

    static SourceOptions of(MastodonConfiguration configuration) {
        return new SourceOptions(configuration.isOnlyMedia(), list(configuration.getTypes()),
                list(configuration.getExcludeTypes()));
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    }

    /** Fails naming the option when it does not apply to the collection. */
    void check(Feed feed, String where) {
        boolean timeline = switch (feed.kind()) {
            case PUBLIC, LOCAL, REMOTE, TAG -> true;
            default -> false;
        };
        if (onlyMedia && !timeline) {
            throw new IllegalArgumentException(where + ": onlyMedia applies to public, local, remote and hashtag"
                    + " timelines only");
        }
        if ((!types.isEmpty() || !excludeTypes.isEmpty()) && feed.kind() != Feed.Kind.NOTIFICATIONS) {
            throw new IllegalArgumentException(where + ": types and excludeTypes apply to notifications only");
        }
    }

    /** The source narrowed by these options; the base source itself when there are none. */
    Source narrow(Source base, Mastodon mastodon, Feed feed) {
        if (onlyMedia) {
            Timelines.PublicOptions scope = new Timelines.PublicOptions(feed.kind() == Feed.Kind.LOCAL,
                    feed.kind() == Feed.Kind.REMOTE, true);
            if (feed.kind() == Feed.Kind.TAG) {
                Timelines.TagOptions tag = new Timelines.TagOptions(List.of(), List.of(), List.of(), scope);
                return new Source(rename(base, base.key().collection() + ":media"), base.paging(),
                        request -> mastodon.timelines().tag(feed.argument(), tag, request), base.idOf());
            }
            return new Source(rename(base, base.key().collection() + ":media"), base.paging(),
                    request -> mastodon.timelines().publicTimeline(scope, request), base.idOf());
        }
        if (!types.isEmpty() || !excludeTypes.isEmpty()) {
            Notifications.Filter filter = new Notifications.Filter(types, excludeTypes, null);
            return new Source(rename(base, base.key().collection() + ":" + notificationSuffix()), base.paging(),
                    request -> mastodon.notifications().list(filter, request), base.idOf());
        }
        return base;
    }

    private String notificationSuffix() {
        String only = types.isEmpty() ? "" : "types=" + String.join(",", types);
        String exclude = excludeTypes.isEmpty() ? "" : "exclude=" + String.join(",", excludeTypes);
        return only.isEmpty() ? exclude : exclude.isEmpty() ? only : only + ";" + exclude;
    }

    private static CollectionKey rename(Source base, String collection) {
        return new CollectionKey(base.key().instance(), base.key().account(), collection);
    }
}
