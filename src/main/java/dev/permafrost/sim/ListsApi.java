package dev.permafrost.sim;

import java.util.List;

/**
 * Lists of the main user: all lists, one list, its members (limit=0 returns every member without
 * paging); creating, renaming and deleting lists, adding and removing members (accounts the user
 * follows).
 */
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
                .get("/api/v1/lists/:id/accounts", Access.user("read:lists"), this::members)
                .post("/api/v1/lists", Access.user("write:lists"), this::create)
                .add("PUT", "/api/v1/lists/:id", Access.user("write:lists"), this::update)
                .add("DELETE", "/api/v1/lists/:id", Access.user("write:lists"), request -> world.write(() -> {
                    world.social.lists.remove(list(request));
                    return SimResponse.json(Json.write(json -> {
                        json.writeStartObject();
                        json.writeEndObject();
                    }));
                }))
                .post("/api/v1/lists/:id/accounts", Access.user("write:lists"), request -> changeMembers(request, true))
                .add("DELETE", "/api/v1/lists/:id/accounts", Access.user("write:lists"), request -> changeMembers(request, false));
    }

    private SimResponse create(SimRequest request) {
        String title = title(request).orElseThrow(() -> ApiError.validation("Title can't be blank"));
        String policy = policy(request).orElse("list");
        boolean exclusive = request.params.bool("exclusive");
        return world.write(() -> {
            long id = world.social.lists.stream().mapToLong(list -> list.id).max().orElse(0) + 1;
            Social.ListRow list = new Social.ListRow(id, title, policy, exclusive, 1);
            world.social.lists.add(list);
            return SimResponse.json(Json.write(json -> EntityJson.list(json, context, list)));
        });
    }

    private SimResponse update(SimRequest request) {
        java.util.Optional<String> title = title(request);
        java.util.Optional<String> policy = policy(request);
        return world.write(() -> {
            Social.ListRow list = list(request);
            title.ifPresent(text -> list.title = text);
            policy.ifPresent(value -> list.repliesPolicy = value);
            if (request.params.has("exclusive")) {
                list.exclusive = request.params.bool("exclusive");
            }
            return SimResponse.json(Json.write(json -> EntityJson.list(json, context, list)));
        });
    }

    private static java.util.Optional<String> title(SimRequest request) {
        java.util.Optional<String> title = request.params.first("title");
        if (title.isPresent() && title.get().isBlank()) {
            throw ApiError.validation("Title can't be blank");
        }
        return title;
    }

    private static java.util.Optional<String> policy(SimRequest request) {
        java.util.Optional<String> policy = request.params.first("replies_policy");
        if (policy.isPresent() && !List.of("followed", "list", "none").contains(policy.get())) {
            throw ApiError.validation("Replies policy is not included in the list");
        }
        return policy;
    }

    /** Adds (only accounts the user follows, as Mastodon requires) or removes members; answers {}. */
    private SimResponse changeMembers(SimRequest request, boolean add) {
        List<String> ids = request.params.all("account_ids");
        if (ids.isEmpty()) {
            throw ApiError.validation("Account ids can't be blank");
        }
        return world.write(() -> {
            Social.ListRow list = list(request);
            for (String id : ids) {
                int account = context.account(id);
                if (add && !world.social.following.contains(account)) {
                    throw ApiError.notFound();
                }
                if (add && list.members.contains(account)) {
                    throw ApiError.validation("Account has already been taken");
                }
            }
            for (String id : ids) {
                int account = context.account(id);
                if (add) {
                    list.members.add(account);
                } else {
                    list.members.remove(account);
                }
            }
            return SimResponse.json(Json.write(json -> {
                json.writeStartObject();
                json.writeEndObject();
            }));
        });
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
