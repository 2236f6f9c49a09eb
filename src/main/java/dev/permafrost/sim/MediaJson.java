package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** Renders media attachments: generated ones (derived from a seed) and uploaded ones. */
final class MediaJson {
    private static final String[] TYPES = {"image", "image", "image", "image", "gifv", "video", "audio"};

    private MediaJson() {
    }

    static String fileUrl(SimContext context, long mediaId, String style, String hash, String extension) {
        return context.baseUrl + "/system/media_attachments/files/" + SimContext.partition(mediaId) + "/" + style + "/"
                + hash + "." + extension;
    }

    static void writeGenerated(JsonGenerator json, SimContext context, long mediaId, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        String type = TYPES[r.nextInt(TYPES.length)];
        String hash = TextGen.hex(r.nextLong(), 16);
        String extension = switch (type) {
            case "image" -> "jpg";
            case "audio" -> "mp3";
            default -> "mp4";
        };
        int width = 400 + r.nextInt(1600);
        int height = 300 + r.nextInt(1200);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(mediaId));
        json.writeStringField("type", type);
        json.writeStringField("url", fileUrl(context, mediaId, "original", hash, extension));
        json.writeStringField("preview_url", fileUrl(context, mediaId, "small", hash, type.equals("image") ? "jpg" : "png"));
        json.writeNullField("remote_url");
        json.writeNullField("preview_remote_url");
        json.writeNullField("text_url");
        json.writeObjectFieldStart("meta");
        if (!type.equals("image")) {
            int seconds = 10 + r.nextInt(49);
            json.writeStringField("length", "0:00:" + seconds + ".00");
            json.writeNumberField("duration", (double) seconds);
        }
        if (!type.equals("audio")) {
            size(json, "original", width, height);
            size(json, "small", 480, Math.max(1, height * 480 / width));
        }
        json.writeEndObject();
        if (r.nextInt(10) < 7) {
            json.writeStringField("description", TextGen.sentence(r, 8 + r.nextInt(12)));
        } else {
            json.writeNullField("description");
        }
        json.writeStringField("blurhash", "UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*");
        json.writeEndObject();
    }

    /** An uploaded attachment; {@code url} is null while it is processing. */
    static void writeUpload(JsonGenerator json, SimContext context, MediaStore.Upload upload) throws IOException {
        writeUploadAs(json, context, upload, upload.ready());
    }

    /** An uploaded attachment as it looked when it was (or was not yet) ready. */
    static void writeUploadAs(JsonGenerator json, SimContext context, MediaStore.Upload upload, boolean ready) throws IOException {
        String extension = upload.contentType.substring(upload.contentType.indexOf('/') + 1).replace("jpeg", "jpg");
        String hash = TextGen.hex(TextGen.mix(upload.id, 0x0F11E), 16);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(upload.id));
        json.writeStringField("type", upload.type);
        Json.nullableString(json, "url", ready ? fileUrl(context, upload.id, "original", hash, extension) : null);
        json.writeStringField("preview_url", fileUrl(context, upload.id, "small", hash, extension));
        json.writeNullField("remote_url");
        json.writeNullField("preview_remote_url");
        json.writeNullField("text_url");
        json.writeObjectFieldStart("meta");
        size(json, "original", 600, 600);
        size(json, "small", 480, 480);
        String focus = upload.focus;
        if (focus != null) {
            String[] xy = focus.split(",");
            json.writeObjectFieldStart("focus");
            json.writeNumberField("x", Double.parseDouble(xy[0]));
            json.writeNumberField("y", Double.parseDouble(xy[1]));
            json.writeEndObject();
        }
        json.writeEndObject();
        Json.nullableString(json, "description", upload.description);
        json.writeStringField("blurhash", "UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*");
        json.writeEndObject();
    }

    private static void size(JsonGenerator json, String name, int width, int height) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("width", width);
        json.writeNumberField("height", height);
        json.writeStringField("size", width + "x" + height);
        json.writeNumberField("aspect", Math.round(width * 1000.0 / height) / 1000.0);
        json.writeEndObject();
    }
}
