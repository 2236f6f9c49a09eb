package dev.permafrost.sim;

/** Filters (v2), scheduled statuses and polls. */
final class MiscApi {
    private final SimContext context;
    private final World world;

    MiscApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v2/filters", Access.user("read:filters"), request -> context.json(json -> {
                    json.writeStartArray();
                    for (Extras.FilterRow filter : world.extras.filters) {
                        EntityJson.filter(json, context, filter);
                    }
                    json.writeEndArray();
                }))
                .get("/api/v2/filters/:id", Access.user("read:filters"), request -> context.json(json -> {
                    long id = context.codec.decode(request.path("id"));
                    EntityJson.filter(json, context, world.extras.filters.stream().filter(f -> f.id() == id).findFirst()
                            .orElseThrow(ApiError::notFound));
                }))
                .get("/api/v1/scheduled_statuses", Access.user("read:statuses"), request ->
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
