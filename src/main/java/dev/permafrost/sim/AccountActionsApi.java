package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the main user does to other accounts (follow, block, mute, endorse, note, remove from
 * followers), each answering the relationship after it; and the account lookups beyond a single
 * profile: several by ID, search by offset, familiar followers, the lists holding an account, an
 * account's endorsements and identity proofs. Relations are kept for the main user only.
 */
final class AccountActionsApi {
    private final SimContext context;
    private final World world;
    private final Social social;

    AccountActionsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
        this.social = context.world.social;
    }

    void routes(Router router) {
        router.post("/api/v1/accounts/:id/follow", Access.user("write:follows"), this::follow)
                .post("/api/v1/accounts/:id/unfollow", Access.user("write:follows"), request -> act(request, this::unfollow))
                .post("/api/v1/accounts/:id/remove_from_followers", Access.user("write:follows"), request -> act(request, account -> {
                    if (social.followers.remove(account)) {
                        changeCounts(account, 0, -1);
                    }
                }))
                .post("/api/v1/accounts/:id/block", Access.user("write:blocks"), request -> act(request, this::block))
                .post("/api/v1/accounts/:id/unblock", Access.user("write:blocks"), request -> act(request, social.blocks::remove))
                .post("/api/v1/accounts/:id/mute", Access.user("write:mutes"), this::mute)
                .post("/api/v1/accounts/:id/unmute", Access.user("write:mutes"), request -> act(request, this::unmute))
                .post("/api/v1/accounts/:id/endorse", Access.user("write:accounts"), request -> act(request, this::endorse))
                .post("/api/v1/accounts/:id/unendorse", Access.user("write:accounts"), request -> act(request, social.endorsements::remove))
                .post("/api/v1/accounts/:id/pin", Access.user("write:accounts"), request -> act(request, this::endorse))
                .post("/api/v1/accounts/:id/unpin", Access.user("write:accounts"), request -> act(request, social.endorsements::remove))
                .post("/api/v1/accounts/:id/note", Access.user("write:accounts"), this::note)
                .get("/api/v1/accounts", Access.open(), this::many)
                .get("/api/v1/accounts/search", Access.user("read:accounts"), this::search)
                .get("/api/v1/accounts/familiar_followers", Access.user("read:follows"), this::familiarFollowers)
                .get("/api/v1/accounts/:id/lists", Access.user("read:lists"), this::lists)
                .get("/api/v1/accounts/:id/endorsements", Access.open(), this::endorsements)
                .get("/api/v1/accounts/:id/identity_proofs", Access.anyToken(), request -> context.json(json -> {
                    context.account(request.path("id"));
                    json.writeStartArray();
                    json.writeEndArray();
                }));
    }

    /** A change the main user makes to its relation with one account. */
    @FunctionalInterface
    private interface Change {
        void apply(int account);
    }

    /** Applies a change under the write lock and answers the relationship after it. */
    private SimResponse act(SimRequest request, Change change) {
        mainUserOnly(request);
        return world.write(() -> {
            int account = context.account(request.path("id"));
            if (account == 0) {
                throw ApiError.forbidden();
            }
            change.apply(account);
            return SimResponse.json(Json.write(json -> context.accounts.writeRelationship(json, 0, account)));
        });
    }

    private SimResponse follow(SimRequest request) {
        Params params = request.params;
        Social.FollowSettings settings = new Social.FollowSettings(!params.has("reblogs") || params.bool("reblogs"),
                params.bool("notify"), params.all("languages"));
        return act(request, account -> {
            if (social.blocks.contains(account)) {
                throw ApiError.forbidden();
            }
            social.followSettings.put(account, settings);
            if (social.following.contains(account)) {
                return;
            }
            if (social.accounts.get(account).locked) {
                social.requested.add(account);
            } else {
                social.following.add(account);
                changeCounts(account, 1, 0);
            }
        });
    }

    private void unfollow(int account) {
        social.requested.remove(account);
        social.followSettings.remove(account);
        if (social.following.remove(account)) {
            social.endorsements.remove(account);
            changeCounts(account, -1, 0);
        }
    }

    private void block(int account) {
        unfollow(account);
        if (social.followers.remove(account)) {
            changeCounts(account, 0, -1);
        }
        social.followRequests.remove(account);
        social.blocks.add(account);
    }

    private SimResponse mute(SimRequest request) {
        boolean notifications = !request.params.has("notifications") || request.params.bool("notifications");
        long seconds;
        try {
            seconds = Long.parseLong(request.params.first("duration", "0"));
        } catch (NumberFormatException e) {
            throw ApiError.validation("Duration is not a number");
        }
        if (seconds < 0) {
            throw ApiError.validation("Duration must be greater than or equal to 0");
        }
        return act(request, account -> {
            social.mutes.add(account);
            if (seconds > 0) {
                social.muteEndsMillis.put(account, System.currentTimeMillis() + seconds * 1000);
            } else {
                social.muteEndsMillis.remove(account);
            }
            if (notifications) {
                social.mutedWithNotifications.remove(account);
            } else {
                social.mutedWithNotifications.add(account);
            }
        });
    }

    private void unmute(int account) {
        social.mutes.remove(account);
        social.muteEndsMillis.remove(account);
        social.mutedWithNotifications.remove(account);
    }

    private void endorse(int account) {
        if (!social.following.contains(account)) {
            throw ApiError.validation("You must be following this account to feature it");
        }
        social.endorsements.add(account);
    }

    private SimResponse note(SimRequest request) {
        String comment = request.params.first("comment", "");
        if (comment.length() > 2000) {
            throw ApiError.validation("Comment is too long (maximum is 2000 characters)");
        }
        return act(request, account -> {
            if (comment.isEmpty()) {
                social.notes.remove(account);
            } else {
                social.notes.put(account, comment);
            }
        });
    }

    /** Follower and following counts of the main user and the other account, by the changes given. */
    private void changeCounts(int account, int followingDelta, int followersDelta) {
        AccountRow me = social.accounts.get(0);
        me.followersCount = social.followers.size();
        me.followingCount = social.following.size();
        me.touch();
        AccountRow other = social.accounts.get(account);
        other.followersCount = Math.max(0, other.followersCount + followingDelta);
        other.followingCount = Math.max(0, other.followingCount + followersDelta);
        other.touch();
    }

    private static void mainUserOnly(SimRequest request) {
        if (request.viewer() != 0) {
            throw new ApiError(422, "The sim keeps the relations of its main user only; use World.userToken()");
        }
    }

    private SimResponse many(SimRequest request) {
        List<String> ids = request.params.all("id");
        return context.json(json -> {
            json.writeStartArray();
            for (String id : ids) {
                int index = social.account(context.codec.decode(id));
                if (index >= 0) {
                    context.accounts.write(json, index);
                }
            }
            json.writeEndArray();
        });
    }

    /** Accounts whose name, display name or address contains the query, by offset; no Link header, like Mastodon. */
    private SimResponse search(SimRequest request) {
        String query = request.params.first("q", "").trim().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        boolean following = request.params.bool("following");
        int offset = Math.max(0, intParam(request, "offset", 0));
        int limit = Math.min(80, Math.max(1, intParam(request, "limit", 40)));
        return context.json(json -> {
            json.writeStartArray();
            if (!query.isEmpty()) {
                int matched = 0;
                int written = 0;
                for (AccountRow account : social.accounts) {
                    boolean match = account.acct().toLowerCase(Locale.ROOT).contains(query)
                            || account.displayName.toLowerCase(Locale.ROOT).contains(query);
                    if (!match || following && !social.following.contains(account.index)) {
                        continue;
                    }
                    if (matched++ >= offset && written < limit) {
                        context.accounts.write(json, account.index);
                        written++;
                    }
                }
            }
            json.writeEndArray();
        });
    }

    private static int intParam(SimRequest request, String name, int fallback) {
        try {
            return Integer.parseInt(request.params.first(name, Integer.toString(fallback)).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private SimResponse familiarFollowers(SimRequest request) {
        mainUserOnly(request);
        List<String> ids = request.params.all("id");
        return context.json(json -> {
            json.writeStartArray();
            for (String id : ids) {
                int account = social.account(context.codec.decode(id));
                if (account < 0) {
                    continue;
                }
                IdIndex followers = Graph.followers(world, account);
                List<Integer> familiar = new ArrayList<>();
                for (int i = 0; i < followers.size(); i++) {
                    int follower = followers.value(i);
                    if (follower != 0 && social.following.contains(follower)) {
                        familiar.add(follower);
                    }
                }
                json.writeStartObject();
                json.writeStringField("id", id);
                json.writeArrayFieldStart("accounts");
                for (int follower : familiar) {
                    context.accounts.write(json, follower);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private SimResponse lists(SimRequest request) {
        mainUserOnly(request);
        return context.json(json -> {
            int account = context.account(request.path("id"));
            json.writeStartArray();
            for (Social.ListRow list : social.lists) {
                if (list.members.contains(account)) {
                    EntityJson.list(json, context, list);
                }
            }
            json.writeEndArray();
        });
    }

    /** The main user's endorsements; other accounts (whose endorsements the sim does not model) have none. */
    private SimResponse endorsements(SimRequest request) {
        return world.read(() -> {
            int account = context.account(request.path("id"));
            IdIndex index = account == 0 ? social.endorsements.index() : new IdIndex();
            return context.page(request, index, 40, false, target -> true, (json, target) -> context.accounts.write(json, target));
        });
    }
}
