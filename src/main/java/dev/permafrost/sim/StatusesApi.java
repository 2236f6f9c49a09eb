package dev.permafrost.sim;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Statuses: get one, its context, history, source, who boosted or favourited it; post (with
 * Idempotency-Key), edit, delete.
 */
final class StatusesApi {
    private static final List<String> VISIBILITIES = List.of("public", "unlisted", "private", "direct");
    private static final long IDEMPOTENCY_MILLIS = 3_600_000L;

    private final SimContext context;
    private final World world;

    StatusesApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/statuses/:id", Access.open(), request -> context.json(json ->
                        context.statuses.write(json, context.status(request.path("id"), request.viewer()), request.viewer())))
                .get("/api/v1/statuses/:id/context", Access.open(), this::threadContext)
                .get("/api/v1/statuses/:id/history", Access.open(), request -> context.json(json ->
                        context.statuses.writeHistory(json, context.status(request.path("id"), request.viewer()))))
                .get("/api/v1/statuses/:id/source", Access.user("read:statuses"), request -> context.json(json ->
                        context.statuses.writeSource(json, context.status(request.path("id"), request.viewer()))))
                .get("/api/v1/statuses/:id/reblogged_by", Access.open(), request -> interactions(request, true))
                .get("/api/v1/statuses/:id/favourited_by", Access.open(), request -> interactions(request, false))
                .post("/api/v1/statuses", Access.user("write:statuses"), this::post)
                .add("PUT", "/api/v1/statuses/:id", Access.user("write:statuses"), this::edit)
                .add("DELETE", "/api/v1/statuses/:id", Access.user("write:statuses"), this::delete);
    }

    private SimResponse threadContext(SimRequest request) {
        int viewer = request.viewer();
        return context.json(json -> {
            int row = context.status(request.path("id"), viewer);
            StatusTable rows = world.timelines.rows;
            List<Integer> ancestors = new ArrayList<>();
            for (int parent = row; rows.has(parent, StatusTable.REPLY) && rows.ref(parent) >= 0 && ancestors.size() < 4096; ) {
                parent = rows.ref(parent);
                if (!rows.has(parent, StatusTable.DELETED) && world.visibleTo(parent, viewer)) {
                    ancestors.add(0, parent);
                }
            }
            List<Integer> descendants = new ArrayList<>();
            collect(row, viewer, descendants);
            json.writeStartObject();
            json.writeArrayFieldStart("ancestors");
            for (int ancestor : ancestors) {
                context.statuses.write(json, ancestor, viewer);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("descendants");
            for (int descendant : descendants) {
                context.statuses.write(json, descendant, viewer);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void collect(int row, int viewer, List<Integer> into) {
        List<Integer> children = world.timelines.replies.get(row);
        if (children == null || into.size() >= 4096) {
            return;
        }
        for (int child : children) {
            if (!world.timelines.rows.has(child, StatusTable.DELETED) && world.visibleTo(child, viewer)) {
                into.add(child);
                collect(child, viewer, into);
            }
        }
    }

    private SimResponse interactions(SimRequest request, boolean reblogs) {
        return world.read(() -> {
            int row = context.status(request.path("id"), request.viewer());
            int[] counts = context.statuses.counts(row);
            IdIndex index = reblogs ? Graph.rebloggedBy(world, row, counts[1]) : Graph.favouritedBy(world, row, counts[2]);
            return context.page(request, index, 40, false, account -> true, (json, account) -> context.accounts.write(json, account));
        });
    }

    private SimResponse post(SimRequest request) {
        int author = request.viewer();
        Params params = request.params;
        String text = params.first("status", "");
        List<Long> mediaIds = params.all("media_ids").stream().map(context.codec::decode).toList();
        if (text.isBlank() && mediaIds.isEmpty()) {
            throw ApiError.validation("Text can't be blank");
        }
        if (text.codePointCount(0, text.length()) > 500) {
            throw ApiError.validation("Text character limit of 500 exceeded");
        }
        int visibility = VISIBILITIES.indexOf(params.first("visibility", "public"));
        if (visibility < 0) {
            throw ApiError.validation("Visibility is not included in the list");
        }
        for (long mediaId : mediaIds) {
            MediaStore.Upload upload = world.media.get(mediaId).orElseThrow(() ->
                    new ApiError(422, "Media " + context.codec.encode(Math.max(0, mediaId)) + " was not found or is attached to another status"));
            if (upload.failed || !upload.ready()) {
                throw new ApiError(422, "Cannot attach files that have not finished processing. Try again in a moment!");
            }
        }
        StatusOverride.PollSpec poll = poll(params, mediaIds);
        if (params.has("scheduled_at")) {
            return schedule(params, text, visibility);
        }
        String key = request.header("Idempotency-Key").map(k -> author + "\n" + k).orElse("");
        int language = Math.max(0, TextGen.LANGUAGES.indexOf(params.first("language", "en")));
        return world.write(() -> {
            long now = System.currentTimeMillis();
            long[] previous = key.isEmpty() ? null : world.idempotency.get(key);
            if (previous != null && now - previous[1] < IDEMPOTENCY_MILLIS && world.timelines.row(previous[0]) >= 0) {
                int row = world.timelines.row(previous[0]);
                return SimResponse.json(Json.write(json -> context.statuses.write(json, row, author)));
            }
            int replyTo = params.first("in_reply_to_id").map(id -> world.timelines.row(context.codec.decode(id))).orElse(-1);
            if (params.has("in_reply_to_id") && replyTo < 0) {
                throw ApiError.notFound();
            }
            long id = world.writer.nextLiveId();
            int row = world.writer.addLive(id, author, text, params.first("spoiler_text", ""), params.bool("sensitive"), visibility,
                    language, replyTo, mediaIds, world.writer.onHome(author));
            if (poll != null) {
                world.timelines.overrides.get(row).poll = poll;
                world.timelines.rows.set(row, StatusTable.POLL, true);
            }
            if (!key.isEmpty()) {
                world.idempotency.put(key, new long[] {id, now});
            }
            return SimResponse.json(Json.write(json -> context.statuses.write(json, row, author)));
        });
    }

    /** The poll of a post ({@code poll[options][]}, {@code poll[expires_in]}...), or null. */
    private static StatusOverride.PollSpec poll(Params params, List<Long> mediaIds) {
        List<String> options = params.all("poll[options]");
        if (options.isEmpty()) {
            return null;
        }
        if (!mediaIds.isEmpty()) {
            throw ApiError.validation("Cannot attach both media and a poll");
        }
        if (options.size() < 2 || options.size() > 4) {
            throw ApiError.validation("Poll must have between 2 and 4 options");
        }
        long expiresIn;
        try {
            expiresIn = Long.parseLong(params.first("poll[expires_in]", ""));
        } catch (NumberFormatException e) {
            throw ApiError.validation("Poll expires in is not a number");
        }
        if (expiresIn < 300 || expiresIn > 2_629_746) {
            throw ApiError.validation("Poll duration must be between 5 minutes and a month");
        }
        return new StatusOverride.PollSpec(List.copyOf(options), System.currentTimeMillis() + expiresIn * 1000,
                params.bool("poll[multiple]"), params.bool("poll[hide_totals]"));
    }

    private SimResponse schedule(Params params, String text, int visibility) {
        Instant at;
        try {
            at = Instant.parse(params.first("scheduled_at", ""));
        } catch (DateTimeParseException e) {
            throw ApiError.validation("Scheduled at is invalid");
        }
        if (at.isBefore(Instant.now().plusSeconds(300))) {
            throw ApiError.validation("Scheduled at The scheduled date must be in the future");
        }
        return world.write(() -> {
            Extras.Scheduled scheduled = new Extras.Scheduled(Math.max(Snowflake.of(System.currentTimeMillis(), 1),
                    world.extras.scheduledIndex.lastKey() + 1), at.toEpochMilli(), text, VISIBILITIES.get(visibility));
            world.extras.addScheduled(scheduled);
            return SimResponse.json(Json.write(json -> EntityJson.scheduled(json, context, scheduled)));
        });
    }

    private SimResponse edit(SimRequest request) {
        int viewer = request.viewer();
        String text = request.params.first("status", "");
        if (text.isBlank()) {
            throw ApiError.validation("Text can't be blank");
        }
        return world.write(() -> {
            int row = context.status(request.path("id"), viewer);
            if (world.timelines.rows.author(row) != viewer || world.timelines.rows.has(row, StatusTable.REBLOG)) {
                throw ApiError.forbidden();
            }
            StatusOverride override = world.writer.override(row);
            Revision current = override.current();
            override.revisions.add(new Revision(text, request.params.first("spoiler_text", current.spoilerText()),
                    request.params.has("sensitive") ? request.params.bool("sensitive") : current.sensitive(),
                    Math.max(System.currentTimeMillis(), current.atMillis() + 1)));
            return SimResponse.json(Json.write(json -> context.statuses.write(json, row, viewer)));
        });
    }

    private SimResponse delete(SimRequest request) {
        int viewer = request.viewer();
        return world.write(() -> {
            int row = world.timelines.row(context.codec.decode(request.path("id")));
            if (row < 0 || world.timelines.rows.author(row) != viewer) {
                throw ApiError.notFound();
            }
            byte[] body = Json.write(json -> context.statuses.write(json, row, viewer, true));
            world.writer.delete(row);
            return SimResponse.json(body);
        });
    }
}
