package dev.permafrost.sim;

import java.util.List;

/** Accounts: verify_credentials, lookup, relationships, an account, its statuses, followers and following. */
final class AccountsApi {
    private final SimContext context;
    private final World world;

    AccountsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/accounts/verify_credentials", Access.user("read:accounts|profile"), request ->
                        context.json(json -> context.accounts.writeCredential(json, request.viewer())))
                .get("/api/v1/accounts/lookup", Access.open(), this::lookup)
                .get("/api/v1/accounts/relationships", Access.user("read:follows"), this::relationships)
                .get("/api/v1/accounts/:id", Access.open(), request -> context.json(json ->
                        context.accounts.write(json, context.account(request.path("id")))))
                .get("/api/v1/accounts/:id/statuses", Access.open(), this::statuses)
                .get("/api/v1/accounts/:id/followers", Access.open(), request -> accounts(request, true))
                .get("/api/v1/accounts/:id/following", Access.open(), request -> accounts(request, false));
    }

    private SimResponse lookup(SimRequest request) {
        String acct = request.params.first("acct", "").replaceFirst("^@", "").toLowerCase();
        String local = acct.endsWith("@" + context.domain()) ? acct.substring(0, acct.lastIndexOf('@')) : acct;
        return context.json(json -> {
            Integer index = world.social.accountByAcct.get(local);
            if (index == null) {
                throw ApiError.notFound();
            }
            context.accounts.write(json, index);
        });
    }

    private SimResponse relationships(SimRequest request) {
        List<String> ids = request.params.all("id");
        return context.json(json -> {
            json.writeStartArray();
            for (String id : ids) {
                int index = world.social.account(context.codec.decode(id));
                if (index >= 0) {
                    context.accounts.writeRelationship(json, request.viewer(), index);
                }
            }
            json.writeEndArray();
        });
    }

    private SimResponse statuses(SimRequest request) {
        int viewer = request.viewer();
        Params params = request.params;
        boolean excludeReplies = params.bool("exclude_replies");
        boolean excludeReblogs = params.bool("exclude_reblogs");
        boolean onlyMedia = params.bool("only_media");
        boolean pinned = params.bool("pinned");
        int tag = params.first("tagged").map(name -> TextGen.TAGS.indexOf(name.replaceFirst("^#", "").toLowerCase()))
                .map(index -> index < 0 ? -1 : 1 << index).orElse(0);
        StatusTable rows = world.timelines.rows;
        return world.read(() -> {
            int account = context.account(request.path("id"));
            return context.page(request, world.timelines.byAuthor.get(account), 20, true, row -> {
                int content = world.timelines.contentRow(row);
                return world.visibleTo(row, viewer)
                        && !(excludeReplies && rows.has(row, StatusTable.REPLY) && rows.mention(row) >= 0)
                        && !(excludeReblogs && rows.has(row, StatusTable.REBLOG))
                        && !(onlyMedia && !hasMedia(content))
                        && !(pinned && !rows.has(row, StatusTable.PINNED))
                        && (tag == 0 || tag != -1 && (rows.tags(content) & tag) != 0);
            }, (json, row) -> context.statuses.write(json, row, viewer));
        });
    }

    boolean hasMedia(int row) {
        return world.timelines.rows.mediaCount(row) > 0;
    }

    private SimResponse accounts(SimRequest request, boolean followers) {
        return world.read(() -> {
            int account = context.account(request.path("id"));
            IdIndex index = followers ? Graph.followers(world, account) : Graph.following(world, account);
            return context.page(request, index, 40, false, target -> true,
                    (json, target) -> context.accounts.write(json, target));
        });
    }
}
