package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finding things: the profile directory, trending hashtags and statuses (all paged by
 * {@code offset}, with no Link header), and search v2. Search works like a Mastodon without a
 * full-text index: accounts by name, hashtags by prefix, and a status only by its URL.
 */
final class ExploreApi {
    private final SimContext context;
    private final World world;

    ExploreApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/directory", Access.open(), this::directory)
                .get("/api/v1/trends/tags", Access.open(), this::trendingTags)
                .get("/api/v1/trends", Access.open(), this::trendingTags)
                .get("/api/v1/trends/statuses", Access.open(), this::trendingStatuses)
                .get("/api/v2/search", Access.open(), this::search);
    }

    private SimResponse directory(SimRequest request) {
        boolean byNew = request.params.first("order", "active").equals("new");
        boolean localOnly = request.params.bool("local");
        int offset = offset(request);
        int limit = Paginator.limit(request.params, 40);
        return context.json(json -> {
            List<AccountRow> listed = new ArrayList<>();
            for (AccountRow account : world.social.accounts) {
                if (account.discoverable && (!localOnly || account.local())) {
                    listed.add(account);
                }
            }
            listed.sort(byNew ? Comparator.comparingLong((AccountRow a) -> a.id).reversed()
                    : Comparator.comparingLong((AccountRow a) -> a.lastStatusMillis).reversed()
                            .thenComparing(Comparator.comparingLong((AccountRow a) -> a.id).reversed()));
            json.writeStartArray();
            for (int i = offset; i < Math.min(listed.size(), offset + limit); i++) {
                context.accounts.write(json, listed.get(i).index);
            }
            json.writeEndArray();
        });
    }

    // The tags in a fixed order: the sim's "trend" is the order of TextGen.TAGS.
    private SimResponse trendingTags(SimRequest request) {
        int offset = offset(request);
        int limit = Paginator.limit(request.params, 10);
        return context.json(json -> {
            json.writeStartArray();
            for (int tag = offset; tag < Math.min(TextGen.TAGS.size(), offset + limit); tag++) {
                EntityJson.tag(json, context, tag, false);
            }
            json.writeEndArray();
        });
    }

    // The newest statuses of the public timeline stand in for the most shared ones.
    private SimResponse trendingStatuses(SimRequest request) {
        int offset = offset(request);
        int limit = Paginator.limit(request.params, 20);
        int viewer = request.viewer();
        return context.json(json -> {
            IdIndex index = world.timelines.publicTimeline;
            json.writeStartArray();
            for (int i = offset; i < Math.min(index.size(), offset + limit); i++) {
                context.statuses.write(json, index.value(index.size() - 1 - i), viewer);
            }
            json.writeEndArray();
        });
    }

    private SimResponse search(SimRequest request) {
        String q = request.params.first("q", "").trim();
        String type = request.params.first("type", "");
        boolean user = request.token.filter(Auth.Token::user).isPresent();
        if (!user && (request.params.has("offset") || request.params.bool("resolve"))) {
            throw new ApiError(401, "Search queries pagination is not supported without authentication");
        }
        int offset = offset(request);
        int limit = Paginator.limit(request.params, 20);
        int viewer = request.viewer();
        String needle = (q.startsWith("@") ? q.substring(1) : q).toLowerCase(Locale.ROOT);
        return context.json(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("accounts");
            if (!q.isEmpty() && (type.isEmpty() || type.equals("accounts"))) {
                int skipped = 0;
                int written = 0;
                boolean following = request.params.bool("following");
                for (AccountRow account : world.social.accounts) {
                    boolean matches = account.acct().toLowerCase(Locale.ROOT).contains(needle)
                            || account.displayName.toLowerCase(Locale.ROOT).contains(needle);
                    if (matches && (!following || world.social.following.contains(account.index)) && written < limit
                            && skipped++ >= offset) {
                        context.accounts.write(json, account.index);
                        written++;
                    }
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("statuses");
            if (!q.isEmpty() && (type.isEmpty() || type.equals("statuses")) && offset == 0) {
                int row = statusByUrl(q);
                if (row >= 0 && world.visibleTo(row, viewer)) {
                    context.statuses.write(json, row, viewer);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("hashtags");
            if (!q.isEmpty() && (type.isEmpty() || type.equals("hashtags"))) {
                String prefix = needle.startsWith("#") ? needle.substring(1) : needle;
                int skipped = 0;
                int written = 0;
                for (int tag = 0; tag < TextGen.TAGS.size() && written < limit; tag++) {
                    if (TextGen.TAGS.get(tag).startsWith(prefix) && skipped++ >= offset) {
                        EntityJson.tag(json, context, tag, false);
                        written++;
                    }
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("collections");
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The row of a status URL of this server ({@code BASE/@user/ID}), or -1. Call under the read lock. */
    private int statusByUrl(String q) {
        if (!q.startsWith(context.baseUrl + "/@")) {
            return -1;
        }
        int slash = q.lastIndexOf('/');
        return world.timelines.row(context.codec.decode(q.substring(slash + 1)));
    }

    private static int offset(SimRequest request) {
        try {
            return Math.max(0, Integer.parseInt(request.params.first("offset", "0").trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
