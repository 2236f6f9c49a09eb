package dev.permafrost.sim;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Media uploads: {@code POST /api/v2/media} answers 202 with {@code url: null} (or 200 when
 * {@link SimConfig#mediaPollsBeforeReady()} is 0), {@code GET /api/v1/media/:id} answers 206 while
 * processing, 200 when ready and 422 when processing failed. {@code POST /api/v1/media} answers 200.
 * {@code PUT} changes the description and focal point; {@code DELETE} removes an upload not yet attached.
 */
final class MediaApi {
    private final SimContext context;
    private final World world;
    private final AtomicLong lastId = new AtomicLong();

    MediaApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.post("/api/v2/media", Access.user("write:media"), request -> upload(request, context.config.mediaPollsBeforeReady()))
                .post("/api/v1/media", Access.user("write:media"), request -> upload(request, 0))
                .get("/api/v1/media/:id", Access.user("write:media"), this::poll)
                .add("PUT", "/api/v1/media/:id", Access.user("write:media"), this::update)
                .add("DELETE", "/api/v1/media/:id", Access.user("write:media"), this::delete);
    }

    private SimResponse update(SimRequest request) {
        MediaStore.Upload upload = world.media.get(context.codec.decode(request.path("id"))).orElseThrow(ApiError::notFound);
        Optional<String> focus = request.params.first("focus");
        if (focus.isPresent() && !focus.get().matches("-?(0(\\.\\d+)?|1(\\.0+)?),-?(0(\\.\\d+)?|1(\\.0+)?)")) {
            throw ApiError.validation("Focus must be two numbers from -1.0 to 1.0, as x,y");
        }
        return world.write(() -> {
            request.params.first("description").ifPresent(text -> upload.description = text);
            focus.ifPresent(point -> upload.focus = point);
            return SimResponse.json(Json.write(json -> MediaJson.writeUpload(json, context, upload)));
        });
    }

    /** Removes an upload; one attached to a status cannot be deleted (422), as on Mastodon. */
    private SimResponse delete(SimRequest request) {
        long id = context.codec.decode(request.path("id"));
        return world.write(() -> {
            world.media.get(id).orElseThrow(ApiError::notFound);
            for (StatusOverride override : world.timelines.overrides.values()) {
                if (override.mediaIds.contains(id)) {
                    throw new ApiError(422, "Media attachment is currently used by a status");
                }
            }
            world.media.remove(id);
            return SimResponse.json(Json.write(json -> {
                json.writeStartObject();
                json.writeEndObject();
            }));
        });
    }

    private SimResponse upload(SimRequest request, int polls) {
        String type = Bodies.contentType(request.headers);
        if (!type.startsWith("multipart/form-data")) {
            throw ApiError.validation("File can't be blank");
        }
        Optional<Bodies.Part> file = Bodies.multipart(type, request.body).stream()
                .filter(part -> part.name().equals("file") && !part.filename().isEmpty()).findFirst();
        if (file.isEmpty() || file.get().bytes().length == 0) {
            throw ApiError.validation("File can't be blank");
        }
        long id = lastId.updateAndGet(last -> Math.max(last + 1, Snowflake.of(System.currentTimeMillis(), 0)));
        MediaStore.Upload upload = world.media.add(id, file.get().contentType(), file.get().bytes(),
                request.params.first("description", ""), polls);
        upload.focus = request.params.first("focus").orElse(null);
        return SimResponse.json(upload.ready() ? 200 : 202, Json.write(json -> MediaJson.writeUpload(json, context, upload)));
    }

    private SimResponse poll(SimRequest request) {
        MediaStore.Upload upload = world.media.get(context.codec.decode(request.path("id"))).orElseThrow(ApiError::notFound);
        if (upload.failed) {
            throw new ApiError(422, "Error processing thumbnail for uploaded media");
        }
        boolean ready = upload.ready();
        upload.poll();
        return SimResponse.json(ready ? 200 : 206, Json.write(json -> MediaJson.writeUploadAs(json, context, upload, ready)));
    }
}
