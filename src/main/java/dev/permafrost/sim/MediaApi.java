package dev.permafrost.sim;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Media uploads: {@code POST /api/v2/media} answers 202 with {@code url: null} (or 200 when
 * {@link SimConfig#mediaPollsBeforeReady()} is 0), {@code GET /api/v1/media/:id} answers 206 while
 * processing, 200 when ready and 422 when processing failed. {@code POST /api/v1/media} answers 200.
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
                .get("/api/v1/media/:id", Access.user("write:media"), this::poll);
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
