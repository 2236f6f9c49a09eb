package dev.permafrost.sim;

/** Scheduled statuses and polls (filters are in {@link FiltersApi}). */
final class MiscApi {
    private final SimContext context;
    private final World world;

    MiscApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/scheduled_statuses", Access.user("read:statuses"), request ->
                        context.page(request, world.extras.scheduledIndex, 20, true, position -> true,
                                (json, position) -> EntityJson.scheduled(json, context, world.extras.scheduled.get(position))))
                .get("/api/v1/scheduled_statuses/:id", Access.user("read:statuses"), request -> context.json(json -> {
                    int position = world.extras.scheduledIndex.get(context.codec.decode(request.path("id")));
                    if (position < 0) {
                        throw ApiError.notFound();
                    }
                    EntityJson.scheduled(json, context, world.extras.scheduled.get(position));
                }))
                .get("/api/v1/polls/:id", Access.open(), request -> context.json(json -> {
                    long row = context.codec.decode(request.path("id")) - 1;
                    StatusTable rows = world.timelines.rows;
                    if (row < 0 || row >= rows.size() || !rows.has((int) row, StatusTable.POLL)
                            || rows.has((int) row, StatusTable.DELETED) || !world.visibleTo((int) row, request.viewer())) {
                        throw ApiError.notFound();
                    }
                    context.statuses.poll(json, (int) row, request.viewer());
                }));
    }
}
