package dev.permafrost.sim;

/** Admin endpoints (a start): the accounts list and one account. Non-admin tokens get 403. */
final class AdminApi {
    private final SimContext context;
    private final World world;

    AdminApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/admin/accounts", Access.admin("admin:read:accounts"), this::accounts)
                .get("/api/v1/admin/accounts/:id", Access.admin("admin:read:accounts"), request -> context.json(json ->
                        EntityJson.adminAccount(json, context, context.account(request.path("id")))));
    }

    private SimResponse accounts(SimRequest request) {
        boolean local = request.params.bool("local");
        boolean remote = request.params.bool("remote");
        return context.page(request, world.social.accountById, 100, true, index -> {
            AccountRow account = world.social.accounts.get(index);
            return !(local && !account.local()) && !(remote && account.local());
        }, (json, index) -> EntityJson.adminAccount(json, context, index));
    }
}
