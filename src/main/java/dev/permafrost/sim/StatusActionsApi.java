package dev.permafrost.sim;

import java.util.List;

/**
 * What a user does to statuses: favourite, bookmark, boost, mute the thread, pin (and the undos),
 * each answering the status as it is after; and several statuses by ID. Favourites, bookmarks,
 * boosts and muted threads are kept for the main user only.
 */
final class StatusActionsApi {
    private static final int MAX_PINNED = 5;

    private final SimContext context;
    private final World world;
    private final Social social;

    StatusActionsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
        this.social = context.world.social;
    }

    void routes(Router router) {
        router.get("/api/v1/statuses", Access.open(), this::many)
                .post("/api/v1/statuses/:id/favourite", Access.user("write:favourites"), request -> act(request, true, social.favourites::add))
                .post("/api/v1/statuses/:id/unfavourite", Access.user("write:favourites"), request -> act(request, true, social.favourites::remove))
                .post("/api/v1/statuses/:id/bookmark", Access.user("write:bookmarks"), request -> act(request, true, social.bookmarks::add))
                .post("/api/v1/statuses/:id/unbookmark", Access.user("write:bookmarks"), request -> act(request, true, social.bookmarks::remove))
                .post("/api/v1/statuses/:id/mute", Access.user("write:mutes"), request -> act(request, true, social.mutedThreads::add))
                .post("/api/v1/statuses/:id/unmute", Access.user("write:mutes"), request -> act(request, true, social.mutedThreads::remove))
                .post("/api/v1/statuses/:id/pin", Access.user("write:accounts"), request -> act(request, false, row -> pin(request, row)))
                .post("/api/v1/statuses/:id/unpin", Access.user("write:accounts"), request -> act(request, false, row -> {
                    ownOriginal(request, row);
                    world.timelines.rows.set(row, StatusTable.PINNED, false);
                }))
                .post("/api/v1/statuses/:id/reblog", Access.user("write:statuses"), this::reblog)
                .post("/api/v1/statuses/:id/unreblog", Access.user("write:statuses"), this::unreblog);
    }

    /** A change to one status row. */
    @FunctionalInterface
    private interface Change {
        void apply(int row);
    }

    /** Applies a change to the status (a boost stands for the boosted status) and answers it. */
    private SimResponse act(SimRequest request, boolean mainUserOnly, Change change) {
        int viewer = request.viewer();
        if (mainUserOnly) {
            mainUserOnly(request);
        }
        return world.write(() -> {
            int row = world.timelines.contentRow(context.status(request.path("id"), viewer));
            change.apply(row);
            return SimResponse.json(Json.write(json -> context.statuses.write(json, row, viewer)));
        });
    }

    private void pin(SimRequest request, int row) {
        ownOriginal(request, row);
        StatusTable rows = world.timelines.rows;
        if (rows.visibility(row) == StatusTable.DIRECT) {
            throw ApiError.validation("Direct posts cannot be pinned");
        }
        if (rows.has(row, StatusTable.PINNED)) {
            return;
        }
        IdIndex own = world.timelines.byAuthor.get(rows.author(row));
        int pinned = 0;
        for (int i = 0; i < own.size(); i++) {
            pinned += rows.has(own.value(i), StatusTable.PINNED) ? 1 : 0;
        }
        if (pinned >= MAX_PINNED) {
            throw ApiError.validation("You have already pinned the maximum number of posts");
        }
        rows.set(row, StatusTable.PINNED, true);
    }

    private void ownOriginal(SimRequest request, int row) {
        if (world.timelines.rows.author(row) != request.viewer()) {
            throw ApiError.validation("Someone else's post cannot be pinned");
        }
    }

    /** Boosts a status once (boosting again answers the same boost); private and direct posts of others cannot be boosted. */
    private SimResponse reblog(SimRequest request) {
        mainUserOnly(request);
        int visibility = List.of("public", "unlisted", "private").indexOf(request.params.first("visibility", "public"));
        if (visibility < 0) {
            throw ApiError.validation("Visibility is not included in the list");
        }
        return world.write(() -> {
            StatusTable rows = world.timelines.rows;
            int original = world.timelines.contentRow(context.status(request.path("id"), 0));
            int kind = rows.visibility(original);
            if (kind == StatusTable.DIRECT || kind == StatusTable.PRIVATE && rows.author(original) != 0) {
                throw ApiError.forbidden();
            }
            Integer existing = social.reblogs.get(original);
            int reblog = existing != null ? existing : world.timelines.add(world.writer.nextLiveId(), 0,
                    StatusTable.pack(visibility, 0, 0) | StatusTable.REBLOG, original, 0, -1, true);
            social.reblogs.put(original, reblog);
            social.accounts.get(0).touch();
            return SimResponse.json(Json.write(json -> context.statuses.write(json, reblog, 0)));
        });
    }

    private SimResponse unreblog(SimRequest request) {
        mainUserOnly(request);
        return world.write(() -> {
            int original = world.timelines.contentRow(context.status(request.path("id"), 0));
            Integer reblog = social.reblogs.remove(original);
            if (reblog != null) {
                world.timelines.remove(reblog);
                social.accounts.get(0).touch();
            }
            return SimResponse.json(Json.write(json -> context.statuses.write(json, original, 0)));
        });
    }

    private SimResponse many(SimRequest request) {
        List<String> ids = request.params.all("id");
        int viewer = request.viewer();
        return context.json(json -> {
            json.writeStartArray();
            for (String id : ids) {
                int row = world.timelines.row(context.codec.decode(id));
                if (row >= 0 && world.visibleTo(row, viewer)) {
                    context.statuses.write(json, row, viewer);
                }
            }
            json.writeEndArray();
        });
    }

    private static void mainUserOnly(SimRequest request) {
        if (request.viewer() != 0) {
            throw new ApiError(422, "The sim keeps the favourites, bookmarks and boosts of its main user only; use World.userToken()");
        }
    }
}
