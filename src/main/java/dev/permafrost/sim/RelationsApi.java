package dev.permafrost.sim;

/**
 * The main user's relation collections, all paged by hidden relation IDs: favourites and bookmarks
 * (which honour min_id), and blocks, mutes, domain blocks, followed tags, follow requests and
 * endorsements (which ignore it).
 */
final class RelationsApi {
    private final SimContext context;
    private final World world;

    RelationsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        Social social = world.social;
        router.get("/api/v1/favourites", Access.user("read:favourites"), request -> statuses(request, social.favourites))
                .get("/api/v1/bookmarks", Access.user("read:bookmarks"), request -> statuses(request, social.bookmarks))
                .get("/api/v1/blocks", Access.user("read:blocks"), request -> accounts(request, social.blocks))
                .get("/api/v1/mutes", Access.user("read:mutes"), request -> accounts(request, social.mutes))
                .get("/api/v1/follow_requests", Access.user("read:follows"), request -> accounts(request, social.followRequests))
                .get("/api/v1/endorsements", Access.user("read:accounts"), request -> accounts(request, social.endorsements))
                .get("/api/v1/domain_blocks", Access.user("read:blocks"), request ->
                        context.page(request, social.domainBlocks.index(), 100, false, domain -> true,
                                (json, domain) -> json.writeString(social.domains.get(domain))))
                .get("/api/v1/followed_tags", Access.user("read:follows"), request ->
                        context.page(request, social.followedTags.index(), 100, false, tag -> true,
                                (json, tag) -> EntityJson.tag(json, context, tag, true)));
    }

    private SimResponse statuses(SimRequest request, Relations relations) {
        int viewer = request.viewer();
        return context.page(request, relations.index(), 20, true, row -> true,
                (json, row) -> context.statuses.write(json, row, viewer));
    }

    private SimResponse accounts(SimRequest request, Relations relations) {
        return context.page(request, relations.index(), 40, false, account -> true,
                (json, account) -> context.accounts.write(json, account));
    }
}
