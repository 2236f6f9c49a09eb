package dev.permafrost.client.api;

import dev.permafrost.client.http.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A media file to upload, with what describes it.
 *
 * @param file the image, video or audio
 * @param description alt text for people who cannot see or hear it; null for none
 * @param focus the focal point {@code "x,y"} (each from -1.0 to 1.0) for cropped previews; null for the centre
 * @param thumbnail a custom preview image for video or audio; null for the server's own
 */
public record MediaUpload(UploadFile file, String description, String focus, UploadFile thumbnail) {
    public MediaUpload {
        Objects.requireNonNull(file, "file");
    }

    /** A file without description, focus or thumbnail. */
    public static MediaUpload of(UploadFile file) {
        return new MediaUpload(file, null, null, null);
    }

    /** The same upload with alt text. */
    public MediaUpload description(String text) {
        return new MediaUpload(file, text, focus, thumbnail);
    }

    /** The same upload with a focal point, each coordinate from -1.0 to 1.0. */
    public MediaUpload focus(double x, double y) {
        if (x < -1 || x > 1 || y < -1 || y > 1) {
            throw new IllegalArgumentException("focus outside -1..1: " + x + "," + y);
        }
        return new MediaUpload(file, description, x + "," + y, thumbnail);
    }

    /** The same upload with a custom preview image. */
    public MediaUpload thumbnail(UploadFile image) {
        return new MediaUpload(file, description, focus, image);
    }

    RequestBody.Multipart body() {
        List<RequestBody.Part> parts = new ArrayList<>();
        parts.add(file.part("file"));
        if (thumbnail != null) {
            parts.add(thumbnail.part("thumbnail"));
        }
        if (description != null) {
            parts.add(RequestBody.Part.text("description", description));
        }
        if (focus != null) {
            parts.add(RequestBody.Part.text("focus", focus));
        }
        return RequestBody.Multipart.of(parts);
    }
}
