package dev.permafrost.sim;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The files behind media, avatar, header, emoji and card URLs ({@code /system/...}): uploaded
 * bytes for uploads, otherwise deterministic bytes derived from the path, so an archiver can
 * download and compare them.
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
                    return SimResponse.bytes(200, upload.get().contentType, upload.get().bytes)
                            .header("Cache-Control", "public, max-age=315576000, immutable");
                }
            }
        }
        return SimResponse.bytes(200, type, bytes(path, type)).header("Cache-Control", "public, max-age=315576000, immutable");
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
