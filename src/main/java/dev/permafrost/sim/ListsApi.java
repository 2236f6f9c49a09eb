package dev.permafrost.sim;

/** Lists of the main user: all lists, one list, its members (limit=0 returns every member without paging). */
final class ListsApi {
    private final SimContext context;
    private final World world;

    ListsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/lists", Access.user("read:lists"), request -> context.json(json -> {
                    json.writeStartArray();
                    for (Social.ListRow list : world.social.lists) {
                        EntityJson.list(json, context, list);
                    }
                    json.writeEndArray();
                }))
                .get("/api/v1/lists/:id", Access.user("read:lists"), request -> context.json(json ->
                        EntityJson.list(json, context, list(request))))
                .get("/api/v1/lists/:id/accounts", Access.user("read:lists"), this::members);
    }

    private Social.ListRow list(SimRequest request) {
        return world.social.list(context.codec.decode(request.path("id"))).orElseThrow(ApiError::notFound);
    }

    private SimResponse members(SimRequest request) {
        return world.read(() -> {
            Social.ListRow list = list(request);
            if (request.params.first("limit").map(String::trim).filter("0"::equals).isPresent()) {
                return context.json(json -> {
                    json.writeStartArray();
                    for (int i = list.members.size() - 1; i >= 0; i--) {
                        context.accounts.write(json, list.members.index().value(i));
                    }
                    json.writeEndArray();
                });
            }
            return context.page(request, list.members.index(), 40, false, account -> true,
                    (json, account) -> context.accounts.write(json, account));
        });
    }
}
