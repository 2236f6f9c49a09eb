package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Admin endpoints of trends and hashtags: trending links, statuses and tags including those not
 * reviewed, their approval and rejection, link publishers, and the admin view of every hashtag.
 * The trend lists page by offset like Mastodon's (links and tags 10 by default, statuses 20).
 */
final class AdminTrendsApi {
    private final SimContext context;
    private final World world;
    private final TrendReview review;

    AdminTrendsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
        this.review = context.world.trendReview;
    }

    void routes(Router router) {
        Access read = Access.admin("admin:read");
        Access write = Access.admin("admin:write");
        router.get("/api/v1/admin/trends/links", read, request -> world.read(() -> offsetPage(request, 10,
                        review.links(), (json, link) -> AdminJson.link(json, context, link))))
                .get("/api/v1/admin/trends/statuses", read, request -> world.read(() -> offsetPage(request, 20,
                        trendingStatuses(), (json, row) -> context.statuses.write(json, row, request.viewer()))))
                .get("/api/v1/admin/trends/tags", read, request -> world.read(() -> offsetPage(request, 10,
                        review.trendingTags(), (json, tag) -> AdminJson.tag(json, context, tag))))
                .post("/api/v1/admin/trends/links/:id/approve", write, request -> reviewLink(request, true))
                .post("/api/v1/admin/trends/links/:id/reject", write, request -> reviewLink(request, false))
                .post("/api/v1/admin/trends/statuses/:id/approve", write, request -> reviewStatus(request, true))
                .post("/api/v1/admin/trends/statuses/:id/reject", write, request -> reviewStatus(request, false))
                .post("/api/v1/admin/trends/tags/:id/approve", write, request -> reviewTag(request, true))
                .post("/api/v1/admin/trends/tags/:id/reject", write, request -> reviewTag(request, false))
                .get("/api/v1/admin/trends/links/publishers", read, request -> context.page(request, review.publisherIndex,
                        100, true, publisher -> true, (json, publisher) -> AdminJson.publisher(json, context, publisher)))
                .post("/api/v1/admin/trends/links/publishers/:id/approve", write, request -> reviewPublisher(request, true))
                .post("/api/v1/admin/trends/links/publishers/:id/reject", write, request -> reviewPublisher(request, false));
        router.get("/api/v1/admin/tags", read, request -> context.page(request, review.tagIndex, 100, true, tag -> true,
                        (json, tag) -> AdminJson.tag(json, context, tag)))
                .get("/api/v1/admin/tags/:id", read, request -> context.json(json ->
                        AdminJson.tag(json, context, tag(request))))
                .add("PUT", "/api/v1/admin/tags/:id", write, this::updateTag);
    }

    /** The newest public statuses: the sim's trending statuses. Call under the read lock. */
    private List<Integer> trendingStatuses() {
        IdIndex timeline = world.timelines.publicTimeline;
        List<Integer> rows = new ArrayList<>();
        for (int p = timeline.size() - 1; p >= 0 && rows.size() < TrendReview.STATUSES; p--) {
            rows.add(timeline.value(p));
        }
        return rows;
    }

    private SimResponse reviewLink(SimRequest request, boolean trendable) {
        return world.write(() -> {
            TrendReview.Link link = review.link(id(request));
            review.reviewLink(link.id(), trendable);
            return SimResponse.json(Json.write(json -> AdminJson.link(json, context, link)));
        });
    }

    private SimResponse reviewStatus(SimRequest request, boolean trendable) {
        return world.write(() -> {
            int row = context.status(request.path("id"), request.viewer());
            review.reviewStatus(world.timelines.rows.id(row), trendable);
            return SimResponse.json(Json.write(json -> context.statuses.write(json, row, request.viewer())));
        });
    }

    private SimResponse reviewTag(SimRequest request, boolean trendable) {
        return world.write(() -> {
            int tag = tag(request);
            review.reviewTag(tag, trendable, System.currentTimeMillis());
            return SimResponse.json(Json.write(json -> AdminJson.tag(json, context, tag)));
        });
    }

    private SimResponse reviewPublisher(SimRequest request, boolean trendable) {
        return world.write(() -> {
            int publisher = review.reviewPublisher(id(request), trendable, System.currentTimeMillis());
            return SimResponse.json(Json.write(json -> AdminJson.publisher(json, context, publisher)));
        });
    }

    /** {@code PUT /api/v1/admin/tags/:id}: display name (letter case only), trendable, usable, listable; marks it reviewed. */
    private SimResponse updateTag(SimRequest request) {
        Params params = request.params;
        return world.write(() -> {
            int tag = tag(request);
            String displayName = params.first("display_name").orElse(null);
            if (displayName != null && !displayName.toLowerCase(Locale.ROOT).equals(TextGen.TAGS.get(tag))) {
                throw ApiError.validation("Display name can only differ from the name in letter case");
            }
            TrendReview.TagSettings settings = review.changeTag(tag);
            if (displayName != null) {
                settings.displayName = displayName;
            }
            if (params.has("trendable")) {
                settings.trendable = params.bool("trendable");
            }
            if (params.has("usable")) {
                settings.usable = params.bool("usable");
            }
            if (params.has("listable")) {
                settings.listable = params.bool("listable");
            }
            settings.reviewedMillis = System.currentTimeMillis();
            return SimResponse.json(Json.write(json -> AdminJson.tag(json, context, tag)));
        });
    }

    /** The tag index a path ID names, or 404. */
    private int tag(SimRequest request) {
        int tag = review.tagIndex.get(id(request));
        if (tag < 0) {
            throw ApiError.notFound();
        }
        return tag;
    }

    private long id(SimRequest request) {
        long id = context.codec.decode(request.path("id"));
        if (id < 0) {
            throw ApiError.notFound();
        }
        return id;
    }

    /** Renders one item of an offset page. */
    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(com.fasterxml.jackson.core.JsonGenerator json, T item) throws java.io.IOException;
    }

    /**
     * One page of a list paged by offset, with Mastodon's Link header: {@code next} when the page
     * is full, {@code prev} when the offset is past the first page.
     */
    private <T> SimResponse offsetPage(SimRequest request, int defaultLimit, List<T> items, ItemWriter<T> writer) {
        int limit = Paginator.limit(request.params, defaultLimit);
        int offset = parseOffset(request);
        List<T> page = offset >= items.size() ? List.of() : items.subList(offset, Math.min(items.size(), offset + limit));
        SimResponse response = SimResponse.json(Json.write(json -> {
            json.writeStartArray();
            for (T item : page) {
                writer.write(json, item);
            }
            json.writeEndArray();
        }));
        List<String> links = new ArrayList<>();
        if (limit > 0 && page.size() == limit) {
            links.add("<" + url(request, limit, offset + limit) + ">; rel=\"next\"");
        }
        if (offset > limit) {
            links.add("<" + url(request, limit, offset - limit) + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response;
    }

    private static int parseOffset(SimRequest request) {
        try {
            return Math.max(0, Integer.parseInt(request.params.first("offset").orElse("0").trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String url(SimRequest request, int limit, int offset) {
        return context.baseUrl + request.path + "?limit=" + limit + "&offset=" + offset;
    }
}
