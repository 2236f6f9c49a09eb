package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Status;
import dev.permafrost.model.Tag;
import dev.permafrost.model.TrendsLink;

/**
 * What is trending on the server: hashtags, statuses and links, most trending first. Public;
 * pages by offset. See docs.joinmastodon.org/methods/trends.
 */
public final class Trends {
    public static final Endpoint TAGS = Endpoint.get("/api/v1/trends/tags", "3.0.0").paged(Paging.OFFSET, 10, 20);
    public static final Endpoint STATUSES = Endpoint.get("/api/v1/trends/statuses", "3.5.0").paged(Paging.OFFSET, 20, 40);
    public static final Endpoint LINKS = Endpoint.get("/api/v1/trends/links", "3.5.0").paged(Paging.OFFSET, 10, 20);
    /** The path of trending tags before 3.5, still an alias. */
    public static final Endpoint TAGS_V1 = Endpoint.get("/api/v1/trends", "3.0.0").paged(Paging.OFFSET, 10, 20);

    private final Caller caller;

    public Trends(Caller caller) {
        this.caller = caller;
    }

    /**
     * Trending hashtags with their daily use.
     *
     * @param offset how many to skip
     * @param limit page size; 0 for the server's default, above the maximum the maximum
     */
    public Page<Tag> tags(int offset, int limit) {
        return caller.offsetPage(TAGS, TAGS.path(), Params.empty(), offset, limit, Tag.class);
    }

    /** Trending statuses. */
    public Page<Status> statuses(int offset, int limit) {
        return caller.offsetPage(STATUSES, STATUSES.path(), Params.empty(), offset, limit, Status.class);
    }

    /** Trending links, as preview cards with their daily use. */
    public Page<TrendsLink> links(int offset, int limit) {
        return caller.offsetPage(LINKS, LINKS.path(), Params.empty(), offset, limit, TrendsLink.class);
    }

    /**
     * Trending hashtags through the path servers before 3.5 had.
     *
     * @deprecated since Mastodon 3.5; use {@link #tags(int, int)}
     */
    @Deprecated
    public Page<Tag> tagsV1(int offset, int limit) {
        return caller.offsetPage(TAGS_V1, TAGS_V1.path(), Params.empty(), offset, limit, Tag.class);
    }
}
