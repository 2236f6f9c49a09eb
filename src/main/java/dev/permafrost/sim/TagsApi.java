package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Hashtags: one tag, following and featuring it, and the main user's featured tags (list, add,
 * remove, suggestions, and the featured tags of an account). Only the world's hashtags
 * ({@link World#tags()}) exist; others answer 404, or 422 when featured.
 */
final class TagsApi {
    private static final int MAX_FEATURED = 10;

    private final SimContext context;
    private final World world;
    private final Social social;

    TagsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
        this.social = context.world.social;
    }

    void routes(Router router) {
        router.get("/api/v1/tags/:name", Access.open(), request -> context.json(json ->
                        EntityJson.tag(json, context, tag(request), request.viewer() == 0 && social.followedTags.contains(tag(request)))))
                .post("/api/v1/tags/:name/follow", Access.user("write:follows"), request -> change(request, true, social.followedTags::add))
                .post("/api/v1/tags/:name/unfollow", Access.user("write:follows"), request -> change(request, true, social.followedTags::remove))
                .post("/api/v1/tags/:id/feature", Access.user("write:accounts"), request -> change(request, false, this::feature))
                .post("/api/v1/tags/:id/unfeature", Access.user("write:accounts"), request -> change(request, false, social.featuredTags::remove))
                .get("/api/v1/featured_tags", Access.user("read:accounts"), request -> featuredTags())
                .get("/api/v1/accounts/:id/featured_tags", Access.open(), request -> world.read(() ->
                        context.account(request.path("id")) == 0 ? featuredTags() : context.json(json -> {
                            json.writeStartArray();
                            json.writeEndArray();
                        })))
                .post("/api/v1/featured_tags", Access.user("write:accounts"), request -> world.write(() -> {
                    int tag = TextGen.TAGS.indexOf(request.params.first("name", "").replaceFirst("^#", "").toLowerCase());
                    if (tag < 0) {
                        throw ApiError.validation("Name is invalid");
                    }
                    if (social.featuredTags.contains(tag)) {
                        throw ApiError.validation("Name has already been taken");
                    }
                    feature(tag);
                    return SimResponse.json(Json.write(json -> featuredTag(json, tag)));
                }))
                .add("DELETE", "/api/v1/featured_tags/:id", Access.user("write:accounts"), request -> world.write(() -> {
                    int tag = social.featuredTags.index().get(context.codec.decode(request.path("id")));
                    if (tag < 0) {
                        throw ApiError.notFound();
                    }
                    social.featuredTags.remove(tag);
                    return SimResponse.json(Json.write(json -> {
                        json.writeStartObject();
                        json.writeEndObject();
                    }));
                }))
                .get("/api/v1/featured_tags/suggestions", Access.user("read:accounts"), request -> context.json(json -> {
                    int used = usedTags();
                    json.writeStartArray();
                    for (int tag = 0; tag < TextGen.TAGS.size(); tag++) {
                        if ((used & 1 << tag) != 0 && !social.featuredTags.contains(tag)) {
                            EntityJson.tag(json, context, tag, social.followedTags.contains(tag));
                        }
                    }
                    json.writeEndArray();
                }));
    }

    /** A change to one hashtag. */
    @FunctionalInterface
    private interface Change {
        void apply(int tag);
    }

    private SimResponse change(SimRequest request, boolean byName, Change change) {
        if (request.viewer() != 0) {
            throw new ApiError(422, "The sim keeps the hashtags of its main user only; use World.userToken()");
        }
        return world.write(() -> {
            int tag = byName ? tag(request) : tag(request.path("id"));
            change.apply(tag);
            return SimResponse.json(Json.write(json -> EntityJson.tag(json, context, tag, social.followedTags.contains(tag))));
        });
    }

    private void feature(int tag) {
        if (!social.featuredTags.contains(tag) && social.featuredTags.size() >= MAX_FEATURED) {
            throw ApiError.validation("You can only feature up to " + MAX_FEATURED + " hashtags");
        }
        social.featuredTags.add(tag);
    }

    private int tag(SimRequest request) {
        return tag(request.path("name"));
    }

    private static int tag(String name) {
        int tag = TextGen.TAGS.indexOf(name.replaceFirst("^#", "").toLowerCase());
        if (tag < 0) {
            throw ApiError.notFound();
        }
        return tag;
    }

    private SimResponse featuredTags() {
        return context.json(json -> {
            json.writeStartArray();
            IdIndex featured = social.featuredTags.index();
            for (int i = 0; i < featured.size(); i++) {
                featuredTag(json, featured.value(i));
            }
            json.writeEndArray();
        });
    }

    /** The hashtags of the main user's statuses. */
    private int usedTags() {
        IdIndex own = world.timelines.byAuthor.get(0);
        int used = 0;
        for (int i = 0; i < own.size(); i++) {
            used |= world.timelines.rows.tags(world.timelines.contentRow(own.value(i)));
        }
        return used;
    }

    private void featuredTag(JsonGenerator json, int tag) throws IOException {
        String name = TextGen.TAGS.get(tag);
        IdIndex own = world.timelines.byAuthor.get(0);
        int count = 0;
        long last = -1;
        for (int i = 0; i < own.size(); i++) {
            int row = own.value(i);
            if (!world.timelines.rows.has(row, StatusTable.REBLOG) && (world.timelines.rows.tags(row) & 1 << tag) != 0) {
                count++;
                last = Math.max(last, Snowflake.millis(own.key(i)));
            }
        }
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(social.featuredTags.index().key(positionOf(tag))));
        json.writeStringField("name", name);
        json.writeStringField("url", context.accounts.url(social.accounts.get(0)) + "/tagged/" + name);
        json.writeStringField("statuses_count", Integer.toString(count));
        Json.nullableString(json, "last_status_at", last < 0 ? null : Html.date(last));
        json.writeEndObject();
    }

    private int positionOf(int tag) {
        IdIndex featured = social.featuredTags.index();
        for (int i = 0; i < featured.size(); i++) {
            if (featured.value(i) == tag) {
                return i;
            }
        }
        throw new IllegalStateException("tag " + tag + " is not featured");
    }
}
