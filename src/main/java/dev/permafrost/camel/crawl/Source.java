package dev.permafrost.camel.crawl;

import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Entity;
import dev.permafrost.store.CollectionKey;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A collection to crawl: the archive's name for it, how it pages, and how to request a page.
 *
 * @param key where its items and checkpoint go in the archive
 * @param paging how the server pages it (decides forward sync versus full re-walk)
 * @param pages requests one page
 * @param idOf the ID of an item (for collections paged by entity IDs)
 */
public record Source(CollectionKey key, Paging paging, Function<PageRequest, Page<? extends Entity>> pages,
                     Function<Entity, String> idOf) {
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(idOf, "idOf");
    }

    /** Whether the collection is walked in full on every run, to notice what ended. */
    public boolean isRelationship() {
        return key.kind().isRelationship();
    }

    /**
     * The source for a {@link Feed} read through a client.
     *
     * @param me the authenticated account's ID: the owner of home, favourites, bookmarks,
     *     notifications and lists
     */
    public static Source of(Mastodon mastodon, Feed feed, String me) {
        String account = switch (feed.kind()) {
            case PUBLIC, LOCAL, REMOTE, TAG, CONTEXT, REBLOGGED_BY, FAVOURITED_BY -> "";
            case STATUSES, FOLLOWERS, FOLLOWING -> feed.argument();
            default -> me;
        };
        String collection = switch (feed.kind()) {
            case TAG -> "tag:" + feed.argument().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
            case STATUSES, FOLLOWERS, FOLLOWING -> feed.kind().label();
            default -> feed.argument().isEmpty() ? feed.kind().label() : feed.kind().label() + ":" + feed.argument();
        };
        CollectionKey key = new CollectionKey(mastodon.authority(), account, collection);
        return new Source(key, feed.endpoint().paging(), feed.pages(mastodon), Feed::idOf);
    }
}
