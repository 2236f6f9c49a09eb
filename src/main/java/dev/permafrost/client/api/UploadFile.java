package dev.permafrost.client.api;

import dev.permafrost.client.http.RequestBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A file to send in a multipart request (a media attachment, an avatar, a header): its name, its
 * MIME type and its bytes, held in memory so a retried request sends exactly the same body.
 *
 * @param fileName the name the server sees (it keeps only the extension)
 * @param contentType the MIME type, {@code image/png}
 * @param content the bytes
 */
public record UploadFile(String fileName, String contentType, byte[] content) {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("heic", "image/heic"),
            Map.entry("heif", "image/heif"), Map.entry("avif", "image/avif"), Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"),
            Map.entry("wav", "audio/wave"), Map.entry("flac", "audio/flac"), Map.entry("m4a", "audio/mp4"),
            Map.entry("opus", "audio/opus"), Map.entry("aac", "audio/aac"));

    public UploadFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName is blank");
        }
        if (content.length == 0) {
            throw new IllegalArgumentException(fileName + " is empty");
        }
    }

    /** Bytes with a name; the type is guessed from the name's extension. */
    public static UploadFile of(String fileName, byte[] content) {
        return new UploadFile(fileName, typeOf(fileName), content);
    }

    /**
     * Reads a file; the type is guessed from its extension.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static UploadFile of(Path file) {
        try {
            return of(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The MIME type Mastodon expects for a file name's extension, {@code application/octet-stream} if unknown. */
    static String typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** The multipart part carrying this file under a field name. */
    RequestBody.Part part(String field) {
        return RequestBody.Part.file(field, fileName, contentType, content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadFile that && fileName.equals(that.fileName) && contentType.equals(that.contentType)
                && java.util.Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "UploadFile[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
