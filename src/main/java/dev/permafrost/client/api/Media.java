package dev.permafrost.client.api;

import dev.permafrost.client.CancelledException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.MediaProcessingException;
import dev.permafrost.client.Params;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.client.http.ApiResponse;
import dev.permafrost.client.http.Redactor;
import dev.permafrost.client.http.RequestBody;
import dev.permafrost.model.MediaAttachment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Media attachments: uploading files (and waiting until the server has processed them), changing
 * their description, deleting them before they are attached. See docs.joinmastodon.org/methods/media.
 */
public final class Media {
    public static final Endpoint UPLOAD = Endpoint.post("/api/v2/media", "3.1.3");
    public static final Endpoint UPLOAD_V1 = Endpoint.post("/api/v1/media", "0.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/media/:id", "3.1.3");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/media/:id", "0.0.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/media/:id", "4.4.0");

    private final Caller caller;

    public Media(Caller caller) {
        this.caller = caller;
    }

    /**
     * Uploads a file and waits (up to 60 s) until the server has processed it, so the answer can
     * be attached to a status at once.
     *
     * @throws MediaProcessingException when processing fails (naming the server's reason) or takes too long
     */
    public MediaAttachment upload(MediaUpload upload) {
        return upload(upload, ProcessingWait.DEFAULT);
    }

    /**
     * Uploads a file: the server answers 200 when it processed the file at once (small images),
     * or 202 with {@code url} null while it processes in the background; then the attachment is
     * polled ({@link #awaitProcessing}) as the wait allows. With {@link ProcessingWait#NONE} the
     * first answer is returned as is.
     *
     * @throws MediaProcessingException when processing fails (naming the server's reason) or takes too long
     */
    public MediaAttachment upload(MediaUpload upload, ProcessingWait wait) {
        ApiResponse response = caller.exchange(UPLOAD, UPLOAD.path(), upload.body(), Map.of());
        MediaAttachment attachment = caller.read(response, MediaAttachment.class);
        boolean processing = response.status() == 202 || attachment.url() == null;
        if (!processing || !wait.polls()) {
            return attachment;
        }
        return awaitProcessing(attachment.id(), wait);
    }

    /**
     * Uploads a file through the first API, which processes it before answering.
     *
     * @deprecated since Mastodon 3.1.3; use {@link #upload(MediaUpload)}, which does not hold a
     *     request open while a video is transcoded.
     */
    @Deprecated
    public MediaAttachment uploadV1(MediaUpload upload) {
        return caller.send(UPLOAD_V1, UPLOAD_V1.path(), upload.body(), Map.of(), MediaAttachment.class);
    }

    /** An attachment as it is now; its {@code url} is null while the server still processes it. */
    public MediaAttachment get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), MediaAttachment.class);
    }

    /**
     * Polls an attachment until the server has processed it: 206 means still processing, 200
     * ready, 422 failed. Waits with backoff, never past the wait's timeout.
     *
     * @throws MediaProcessingException when processing failed (with the server's error) or the wait ran out
     * @throws CancelledException when the thread is interrupted while waiting
     */
    public MediaAttachment awaitProcessing(String id, ProcessingWait wait) {
        String path = GET.path(id);
        long deadline = System.nanoTime() + wait.timeout().toNanos();
        Duration interval = wait.firstInterval();
        int polls = 0;
        while (true) {
            pause(Math.min(interval.toNanos(), Math.max(0, deadline - System.nanoTime())), path);
            ApiResponse response;
            try {
                response = caller.call(GET, path, Params.empty(), Map.of());
            } catch (UnprocessableException e) {
                throw new MediaProcessingException("The server could not process media " + id
                        + "; the file may be damaged or in a format it does not accept. Check the file, or upload another.",
                        contextOf(e), id, false, e);
            }
            polls++;
            MediaAttachment attachment = caller.read(response, MediaAttachment.class);
            if (response.status() != 206 && attachment.url() != null) {
                return attachment;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new MediaProcessingException("Media " + id + " was still processing after "
                        + wait.timeout().toMillis() + " ms (" + polls + " polls). Wait longer (ProcessingWait), "
                        + "or attach it later with awaitProcessing.",
                        new ErrorContext("GET", Redactor.url(caller.uri(path, Params.empty())), response.status(), null, null),
                        id, true, null);
            }
            interval = wait.after(interval);
        }
    }

    /** Changes an attachment's description, focal point or thumbnail (before or after it is attached). */
    public MediaAttachment update(String id, MediaUpdate update) {
        return caller.send(UPDATE, UPDATE.path(id), update.body(), Map.of(), MediaAttachment.class);
    }

    /** Deletes an attachment that is not attached to a status yet. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty());
    }

    private static ErrorContext contextOf(UnprocessableException e) {
        return new ErrorContext(e.method(), e.url(), e.status().orElse(422), e.error().orElse(null),
                e.errorDescription().orElse(null));
    }

    private void pause(long nanos, String path) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("Interrupted while waiting for media processing.",
                    ErrorContext.request("GET", Redactor.url(caller.uri(path, Params.empty()))), e);
        }
    }

    /**
     * Changes to an attachment; null parts stay as they are.
     *
     * @param description new alt text
     * @param focus new focal point, {@code "x,y"} from -1.0 to 1.0
     * @param thumbnail new preview image (video and audio)
     */
    public record MediaUpdate(String description, String focus, UploadFile thumbnail) {
        public MediaUpdate {
            if (description == null && focus == null && thumbnail == null) {
                throw new IllegalArgumentException("a media update changes nothing");
            }
        }

        /** Only new alt text. */
        public static MediaUpdate description(String text) {
            return new MediaUpdate(java.util.Objects.requireNonNull(text, "text"), null, null);
        }

        RequestBody body() {
            Params params = Params.empty().with("description", description).with("focus", focus);
            if (thumbnail == null) {
                return RequestBody.form(params);
            }
            List<RequestBody.Part> parts = new ArrayList<>();
            params.pairs().forEach(pair -> parts.add(RequestBody.Part.text(pair.getKey(), pair.getValue())));
            parts.add(thumbnail.part("thumbnail"));
            return RequestBody.Multipart.of(parts);
        }
    }
}
