package dev.permafrost.sim;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Timelines: home, public (local, remote, only_media), hashtag (any, all, none), list, link (public
 * statuses whose card has the URL; 404 for a URL no status shares, as for a link that is not
 * trending) and the deprecated direct timeline.
 */
final class TimelinesApi {
    private final SimContext context;
    private final World world;

    TimelinesApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/timelines/home", Access.user("read:statuses"), request ->
                        timeline(request, world.timelines.home, row -> true))
                .get("/api/v1/timelines/public", Access.publicFeed(), request ->
                        timeline(request, world.timelines.publicTimeline, origin(request)))
                .get("/api/v1/timelines/tag/:hashtag", Access.publicFeed(), this::tag)
                .get("/api/v1/timelines/list/:list_id", Access.user("read:lists"), this::list)
                .get("/api/v1/timelines/link", Access.publicFeed(), this::link)
                .get("/api/v1/timelines/direct", Access.user("read:statuses"), request -> {
                    int viewer = request.viewer();
                    StatusTable rows = world.timelines.rows;
                    return timeline(request, world.timelines.all, row -> rows.visibility(row) == StatusTable.DIRECT
                            && (rows.author(row) == viewer || rows.mention(row) == viewer));
                });
    }

    private SimResponse link(SimRequest request) {
        String url = request.params.first("url").filter(text -> !text.isBlank())
                .orElseThrow(() -> new ApiError(400, "param is missing or the value is empty: url"));
        StatusTable rows = world.timelines.rows;
        long seed = context.config.seed();
        IntPredicate shares = row -> rows.has(row, StatusTable.CARD) && StatusText.cardUrl(seed, rows.id(row)).equals(url);
        boolean known = world.read(() -> {
            IdIndex index = world.timelines.publicTimeline;
            for (int i = 0; i < index.size(); i++) {
                if (shares.test(index.value(i))) {
                    return true;
                }
            }
            return false;
        });
        if (!known) {
            throw ApiError.notFound();
        }
        return timeline(request, world.timelines.publicTimeline, shares);
    }

    private SimResponse timeline(SimRequest request, IdIndex index, IntPredicate accept) {
        int viewer = request.viewer();
        return context.page(request, index, 20, true, accept, (json, row) -> context.statuses.write(json, row, viewer));
    }

    /** The filters of the public and hashtag timelines: local, remote, only_media. */
    private IntPredicate origin(SimRequest request) {
        boolean local = request.params.bool("local");
        boolean remote = request.params.bool("remote");
        boolean onlyMedia = request.params.bool("only_media");
        return row -> {
            AccountRow author = world.social.accounts.get(world.timelines.rows.author(row));
            return !(local && !remote && !author.local())
                    && !(remote && !local && author.local())
                    && !(onlyMedia && world.timelines.rows.mediaCount(row) == 0);
        };
    }

    private SimResponse tag(SimRequest request) {
        int main = bits(List.of(request.path("hashtag")));
        int any = bits(request.params.all("any"));
        int all = bits(request.params.all("all"));
        int none = bits(request.params.all("none"));
        IntPredicate origin = origin(request);
        StatusTable rows = world.timelines.rows;
        boolean unknown = main == 0;
        return timeline(request, world.timelines.publicTimeline, row -> {
            int tags = rows.tags(row);
            return !unknown && (tags & (main | any)) != 0 && (tags & all) == all && (tags & none) == 0 && origin.test(row);
        });
    }

    private static int bits(List<String> names) {
        int bits = 0;
        for (String name : names) {
            int index = TextGen.TAGS.indexOf(name.replaceFirst("^#", "").toLowerCase());
            bits |= index < 0 ? 0 : 1 << index;
        }
        return bits;
    }

    private SimResponse list(SimRequest request) {
        long id = context.codec.decode(request.path("list_id"));
        return world.read(() -> {
            Social.ListRow list = world.social.list(id).orElseThrow(ApiError::notFound);
            return timeline(request, world.timelines.home, row -> list.members.contains(world.timelines.rows.author(row)));
        });
    }
}
