package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminTag;

/**
 * Hashtags as moderators manage them: whether each may trend, be used, and be listed. Undocumented
 * (Mastodon's routes only), added in Mastodon 4.2. Needs {@code admin:read} or {@code admin:write}.
 */
public final class AdminTags {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/tags", "4.2.0").paged(Paging.ID, 100, 200);
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/tags/:id", "4.2.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/admin/tags/:id", "4.2.0");

    private static final String READ = "admin:read";
    private static final String WRITE = "admin:write";

    private final AdminCaller caller;

    AdminTags(AdminCaller caller) {
        this.caller = caller;
    }

    /** Every hashtag the server knows, by ID. */
    public Page<AdminTag> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), READ, AdminTag.class);
    }

    /** One hashtag by ID. */
    public AdminTag get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminTag.class);
    }

    /** Changes a hashtag's settings and marks it reviewed; settings left null keep their value. */
    public AdminTag update(String id, Update update) {
        return caller.one(UPDATE, UPDATE.path(id), update.params(), WRITE, AdminTag.class);
    }

    /**
     * New settings of a hashtag; each null is left unchanged.
     *
     * @param displayName the same name with other letter case, or null
     * @param trendable whether it may appear in trends
     * @param usable whether statuses may use it
     * @param listable whether it may appear in search and the profile directory
     */
    public record Update(String displayName, Boolean trendable, Boolean usable, Boolean listable) {
        public static final Update NONE = new Update(null, null, null, null);

        public Update displayName(String value) {
            return new Update(value, trendable, usable, listable);
        }

        public Update trendable(boolean value) {
            return new Update(displayName, value, usable, listable);
        }

        public Update usable(boolean value) {
            return new Update(displayName, trendable, value, listable);
        }

        public Update listable(boolean value) {
            return new Update(displayName, trendable, usable, value);
        }

        Params params() {
            return Params.empty()
                    .with("display_name", displayName)
                    .with("trendable", trendable)
                    .with("usable", usable)
                    .with("listable", listable);
        }
    }
}
