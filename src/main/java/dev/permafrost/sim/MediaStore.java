package dev.permafrost.sim;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Media uploaded through {@code POST /api/v2/media}: each answers 206 to its first polls while
 * "processing", then 200, or 422 when the world was told to fail the next uploads. Thread-safe.
 */
final class MediaStore {
    /** One uploaded file. */
    static final class Upload {
        final long id;
        final String type;
        final String contentType;
        final byte[] bytes;
        /** Guarded by the world's lock once uploaded (changed by PUT /api/v1/media/:id). */
        volatile String description;
        /** The focal point "x,y", or null for the centre. */
        volatile String focus;
        final boolean failed;
        private int pollsLeft;

        Upload(long id, String type, String contentType, byte[] bytes, String description, boolean failed, int polls) {
            this.id = id;
            this.type = type;
            this.contentType = contentType;
            this.bytes = bytes;
            this.description = description;
            this.failed = failed;
            this.pollsLeft = polls;
        }

        synchronized boolean ready() {
            return pollsLeft <= 0;
        }

        /** Counts one poll; returns whether the upload is ready after it answered. */
        synchronized boolean poll() {
            if (pollsLeft <= 0) {
                return true;
            }
            pollsLeft--;
            return false;
        }
    }

    private final Map<Long, Upload> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();

    Upload add(long id, String contentType, byte[] bytes, String description, int pollsBeforeReady) {
        boolean failed = failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        String type = contentType.startsWith("video/") ? "video"
                : contentType.startsWith("audio/") ? "audio"
                : contentType.equals("image/gif") ? "gifv" : "image";
        Upload upload = new Upload(id, type, contentType, bytes, description, failed, pollsBeforeReady);
        uploads.put(id, upload);
        return upload;
    }

    Optional<Upload> get(long id) {
        return Optional.ofNullable(uploads.get(id));
    }

    boolean remove(long id) {
        return uploads.remove(id) != null;
    }

    void failNext(int count) {
        failNext.addAndGet(count);
    }
}
