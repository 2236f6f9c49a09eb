package dev.permafrost.sim;

/**
 * The main user's relation collections, all paged by hidden relation IDs: favourites and bookmarks
 * (which honour min_id), and blocks, mutes, domain blocks, followed tags, follow requests and
 * endorsements (which ignore it). Also blocking and unblocking domains, and answering follow
 * requests.
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
                                (json, tag) -> EntityJson.tag(json, context, tag, true)))
                .post("/api/v1/domain_blocks", Access.user("write:blocks"), request -> domainBlock(request, true))
                .add("DELETE", "/api/v1/domain_blocks", Access.user("write:blocks"), request -> domainBlock(request, false))
                .post("/api/v1/follow_requests/:account_id/authorize", Access.user("write:follows"), request -> answerRequest(request, true))
                .post("/api/v1/follow_requests/:account_id/reject", Access.user("write:follows"), request -> answerRequest(request, false));
    }

    /** Blocks a domain (its accounts stop following the main user, as on Mastodon) or unblocks it; answers {}. */
    private SimResponse domainBlock(SimRequest request, boolean block) {
        String domain = request.params.first("domain", "").trim().toLowerCase();
        if (domain.isEmpty()) {
            throw ApiError.validation("Domain can't be blank");
        }
        return world.write(() -> {
            Social social = world.social;
            int index = social.domains.indexOf(domain);
            if (block) {
                if (index < 0) {
                    social.domains.add(domain);
                    index = social.domains.size() - 1;
                }
                social.domainBlocks.add(index);
                for (AccountRow account : social.accounts) {
                    if (domain.equals(account.domain) && social.followers.remove(account.index)) {
                        social.accounts.get(0).followersCount = social.followers.size();
                        social.accounts.get(0).touch();
                    }
                }
            } else if (index >= 0) {
                social.domainBlocks.remove(index);
            }
            return SimResponse.json(Json.write(json -> {
                json.writeStartObject();
                json.writeEndObject();
            }));
        });
    }

    private SimResponse answerRequest(SimRequest request, boolean authorize) {
        return world.write(() -> {
            int account = context.account(request.path("account_id"));
            if (!world.social.followRequests.remove(account)) {
                throw ApiError.notFound();
            }
            if (authorize) {
                world.social.followers.add(account);
                world.social.accounts.get(0).followersCount = world.social.followers.size();
                world.social.accounts.get(0).touch();
            }
            return SimResponse.json(Json.write(json -> context.accounts.writeRelationship(json, 0, account)));
        });
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
