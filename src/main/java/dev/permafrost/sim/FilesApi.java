package dev.permafrost.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The files behind media, avatar, header, emoji and card URLs ({@code /system/...}): uploaded
 * bytes for uploads, otherwise deterministic bytes derived from the path, so an archiver can
 * download and compare them. Like the web servers and object stores that serve them, it honours
 * a single {@code Range: bytes=N-} (206, or 416 past the end), so a download can resume.
 */
final class FilesApi {
    private final SimContext context;

    FilesApi(SimContext context) {
        this.context = context;
    }

    void routes(Router router) {
        router.get("/system/*", Access.open(), this::file);
    }

    private SimResponse file(SimRequest request) {
        String path = request.pathParams.get("*");
        String type = contentType(path);
        if (path.startsWith("media_attachments/files/")) {
            String[] parts = path.split("/");
            String digits = String.join("", Arrays.copyOfRange(parts, 2, Math.max(2, parts.length - 2)));
            if (digits.matches("\\d{1,19}")) {
                var upload = context.world.media.get(Long.parseLong(digits));
                if (upload.isPresent() && upload.get().ready() && !upload.get().failed) {
                    return ranged(request, upload.get().contentType, upload.get().bytes);
                }
            }
        }
        return ranged(request, type, bytes(path, type));
    }

    /** The whole file, or the part after the offset of a {@code Range: bytes=N-} header. */
    private static SimResponse ranged(SimRequest request, String type, byte[] data) {
        java.util.Optional<String> range = request.header("Range").map(String::trim);
        if (range.isPresent() && range.get().matches("bytes=\\d{1,18}-")) {
            long from = Long.parseLong(range.get().substring(6, range.get().length() - 1));
            if (from >= data.length) {
                return SimResponse.bytes(416, type, new byte[0]).header("Content-Range", "bytes */" + data.length);
            }
            return SimResponse.bytes(206, type, Arrays.copyOfRange(data, (int) from, data.length))
                    .header("Content-Range", "bytes " + from + "-" + (data.length - 1) + "/" + data.length)
                    .header("Cache-Control", "public, max-age=315576000, immutable");
        }
        return SimResponse.bytes(200, type, data).header("Accept-Ranges", "bytes")
                .header("Cache-Control", "public, max-age=315576000, immutable");
    }

    /** Bytes that depend only on the path and seed: a recognisable header, then pseudo-random data. */
    byte[] bytes(String path, String type) {
        SplittableRandom random = new SplittableRandom(TextGen.mix(context.config.seed(), path.hashCode()));
        byte[] data = new byte[1024 + random.nextInt(7 * 1024)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) random.nextInt(256);
        }
        byte[] magic = switch (type) {
            case "image/png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
            case "image/jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
            case "video/mp4" -> new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p'};
            case "audio/mpeg" -> new byte[] {'I', 'D', '3', 4};
            default -> new byte[0];
        };
        System.arraycopy(magic, 0, data, 0, magic.length);
        return data;
    }

    private static String contentType(String path) {
        String lower = path.toLowerCase();
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (lower.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return "application/octet-stream";
    }
}
