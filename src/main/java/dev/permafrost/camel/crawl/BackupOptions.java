package dev.permafrost.camel.crawl;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How a personal backup runs.
 *
 * @param parts which parts to run (in their own order, whatever the order here)
 * @param refresh walk every growing collection whole again, to catch edits and deletions of old
 *     statuses (own statuses no longer served are marked deleted), and fetch every thread again
 * @param mediaFolder where downloaded media files go (named by their SHA-256)
 * @param stop asked between pages and between items; true ends the run cleanly, checkpoints kept
 */
public record BackupOptions(Set<BackupPart> parts, boolean refresh, Path mediaFolder, BooleanSupplier stop) {
    public BackupOptions {
        Objects.requireNonNull(parts, "parts");
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
        Objects.requireNonNull(mediaFolder, "mediaFolder");
        Objects.requireNonNull(stop, "stop");
    }
}
