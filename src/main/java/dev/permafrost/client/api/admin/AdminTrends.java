package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminTag;
import dev.permafrost.model.AdminTrendsPublisher;
import dev.permafrost.model.Status;
import dev.permafrost.model.TrendsLink;

/**
 * Trends as moderators review them: trending links, statuses and tags including those not yet
 * approved, and the publishers of links. See docs.joinmastodon.org/methods/admin/trends. Needs
 * {@code admin:read} or {@code admin:write}. The review endpoints came with Mastodon 4.2.
 */
public final class AdminTrends {
    public static final Endpoint LINKS = Endpoint.get("/api/v1/admin/trends/links", "3.5.0").paged(Paging.OFFSET, 10, 20);
    public static final Endpoint STATUSES = Endpoint.get("/api/v1/admin/trends/statuses", "3.5.0")
            .paged(Paging.OFFSET, 20, 40);
    public static final Endpoint TAGS = Endpoint.get("/api/v1/admin/trends/tags", "3.5.0").paged(Paging.OFFSET, 10, 20);
    public static final Endpoint APPROVE_LINK = Endpoint.post("/api/v1/admin/trends/links/:id/approve", "4.2.0");
    public static final Endpoint REJECT_LINK = Endpoint.post("/api/v1/admin/trends/links/:id/reject", "4.2.0");
    public static final Endpoint APPROVE_STATUS = Endpoint.post("/api/v1/admin/trends/statuses/:id/approve", "4.2.0");
    public static final Endpoint REJECT_STATUS = Endpoint.post("/api/v1/admin/trends/statuses/:id/reject", "4.2.0");
    public static final Endpoint APPROVE_TAG = Endpoint.post("/api/v1/admin/trends/tags/:id/approve", "4.2.0");
    public static final Endpoint REJECT_TAG = Endpoint.post("/api/v1/admin/trends/tags/:id/reject", "4.2.0");
    public static final Endpoint PUBLISHERS = Endpoint.get("/api/v1/admin/trends/links/publishers", "4.2.0")
            .paged(Paging.ID, 100, 200);
    public static final Endpoint APPROVE_PUBLISHER = Endpoint.post("/api/v1/admin/trends/links/publishers/:id/approve",
            "4.2.0");
    public static final Endpoint REJECT_PUBLISHER = Endpoint.post("/api/v1/admin/trends/links/publishers/:id/reject",
            "4.2.0");

    private static final String READ = "admin:read";
    private static final String WRITE = "admin:write";

    private final AdminCaller caller;

    AdminTrends(AdminCaller caller) {
        this.caller = caller;
    }

    /**
     * Trending links, reviewed or not, most trending first.
     *
     * @param offset how many to skip (0 for the first page)
     * @param limit how many (0 for the server's default, 10; at most 20)
     */
    public Page<TrendsLink> links(int offset, int limit) {
        return caller.offsetPage(LINKS, LINKS.path(), Params.empty(), offset, limit, READ, TrendsLink.class);
    }

    /** Trending statuses, reviewed or not (limit 0 for the default, 20; at most 40). */
    public Page<Status> statuses(int offset, int limit) {
        return caller.offsetPage(STATUSES, STATUSES.path(), Params.empty(), offset, limit, READ, Status.class);
    }

    /** Trending hashtags, reviewed or not (limit 0 for the default, 10; at most 20). */
    public Page<AdminTag> tags(int offset, int limit) {
        return caller.offsetPage(TAGS, TAGS.path(), Params.empty(), offset, limit, READ, AdminTag.class);
    }

    /** Lets a link trend. */
    public TrendsLink approveLink(String id) {
        return caller.one(APPROVE_LINK, APPROVE_LINK.path(id), Params.empty(), WRITE, TrendsLink.class);
    }

    /** Keeps a link from trending. */
    public TrendsLink rejectLink(String id) {
        return caller.one(REJECT_LINK, REJECT_LINK.path(id), Params.empty(), WRITE, TrendsLink.class);
    }

    /** Lets a status trend. */
    public Status approveStatus(String id) {
        return caller.one(APPROVE_STATUS, APPROVE_STATUS.path(id), Params.empty(), WRITE, Status.class);
    }

    /** Keeps a status from trending. */
    public Status rejectStatus(String id) {
        return caller.one(REJECT_STATUS, REJECT_STATUS.path(id), Params.empty(), WRITE, Status.class);
    }

    /** Lets a hashtag trend. */
    public AdminTag approveTag(String id) {
        return caller.one(APPROVE_TAG, APPROVE_TAG.path(id), Params.empty(), WRITE, AdminTag.class);
    }

    /** Keeps a hashtag from trending. */
    public AdminTag rejectTag(String id) {
        return caller.one(REJECT_TAG, REJECT_TAG.path(id), Params.empty(), WRITE, AdminTag.class);
    }

    /** The publishers (link domains) of trending links, newest first. */
    public Page<AdminTrendsPublisher> publishers(PageRequest page) {
        return caller.page(PUBLISHERS, PUBLISHERS.path(), page.params(PUBLISHERS), READ, AdminTrendsPublisher.class);
    }

    /** Lets a publisher's links trend. */
    public AdminTrendsPublisher approvePublisher(String id) {
        return caller.one(APPROVE_PUBLISHER, APPROVE_PUBLISHER.path(id), Params.empty(), WRITE, AdminTrendsPublisher.class);
    }

    /** Keeps a publisher's links from trending. */
    public AdminTrendsPublisher rejectPublisher(String id) {
        return caller.one(REJECT_PUBLISHER, REJECT_PUBLISHER.path(id), Params.empty(), WRITE, AdminTrendsPublisher.class);
    }
}
