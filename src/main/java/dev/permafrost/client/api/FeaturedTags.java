package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.FeaturedTag;
import dev.permafrost.model.Tag;
import java.util.List;

/**
 * Hashtags the user features on their profile. See docs.joinmastodon.org/methods/featured_tags
 * ({@link Tags#feature} does the same by name since Mastodon 4.4).
 */
public final class FeaturedTags {
    public static final Endpoint LIST = Endpoint.get("/api/v1/featured_tags", "3.0.0");
    public static final Endpoint FEATURE = Endpoint.post("/api/v1/featured_tags", "3.0.0");
    public static final Endpoint UNFEATURE = Endpoint.delete("/api/v1/featured_tags/:id", "3.0.0");
    public static final Endpoint SUGGESTIONS = Endpoint.get("/api/v1/featured_tags/suggestions", "3.0.0");

    private final Caller caller;

    public FeaturedTags(Caller caller) {
        this.caller = caller;
    }

    public List<FeaturedTag> list() {
        return caller.list(LIST, LIST.path(), Params.empty(), FeaturedTag.class);
    }

    /** Features a hashtag (given without {@code #}). */
    public FeaturedTag feature(String name) {
        return caller.one(FEATURE, FEATURE.path(), Params.empty().with("name", Tags.bare(name)), FeaturedTag.class);
    }

    /** Stops featuring a hashtag, by the featured tag's ID. */
    public void unfeature(String id) {
        caller.empty(UNFEATURE, UNFEATURE.path(id), Params.empty());
    }

    /** Hashtags the user used most recently, as candidates to feature. */
    public List<Tag> suggestions() {
        return caller.list(SUGGESTIONS, SUGGESTIONS.path(), Params.empty(), Tag.class);
    }
}
