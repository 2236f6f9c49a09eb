package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Tag;

/**
 * Hashtags: one tag's use, following tags and featuring them on the profile, and the tags the
 * user follows. Names are given without {@code #} (one is removed if present). See
 * docs.joinmastodon.org/methods/tags and /methods/followed_tags.
 */
public final class Tags {
    public static final Endpoint GET = Endpoint.get("/api/v1/tags/:name", "4.0.0");
    public static final Endpoint FOLLOW = Endpoint.post("/api/v1/tags/:name/follow", "4.0.0");
    public static final Endpoint UNFOLLOW = Endpoint.post("/api/v1/tags/:name/unfollow", "4.0.0");
    public static final Endpoint FEATURE = Endpoint.post("/api/v1/tags/:id/feature", "4.4.0");
    public static final Endpoint UNFEATURE = Endpoint.post("/api/v1/tags/:id/unfeature", "4.4.0");
    public static final Endpoint FOLLOWED = Endpoint.get("/api/v1/followed_tags", "4.0.0").paged(Paging.LINK, 100, 200);

    private final Caller caller;

    public Tags(Caller caller) {
        this.caller = caller;
    }

    /** A hashtag with its recent use and whether the user follows and features it. */
    public Tag get(String name) {
        return action(GET, name);
    }

    /** Follows a hashtag: its public posts appear on the home timeline. */
    public Tag follow(String name) {
        return action(FOLLOW, name);
    }

    public Tag unfollow(String name) {
        return action(UNFOLLOW, name);
    }

    /** Features a hashtag on the user's profile. */
    public Tag feature(String name) {
        return action(FEATURE, name);
    }

    public Tag unfeature(String name) {
        return action(UNFEATURE, name);
    }

    /** The hashtags the user follows; cursors are hidden follow IDs. */
    public Page<Tag> followed(PageRequest page) {
        return caller.page(FOLLOWED, FOLLOWED.path(), page.params(FOLLOWED), Tag.class);
    }

    private Tag action(Endpoint endpoint, String name) {
        return caller.one(endpoint, endpoint.path(bare(name)), Params.empty(), Tag.class);
    }

    static String bare(String name) {
        return name.startsWith("#") ? name.substring(1) : name;
    }
}
