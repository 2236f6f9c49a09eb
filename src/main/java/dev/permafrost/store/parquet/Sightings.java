package dev.permafrost.store.parquet;

import dev.permafrost.model.Entity;
import dev.permafrost.model.Status;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.CollectionKind;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When each status of an account's {@code statuses} collection ({@link CollectionKind#STATUSES})
 * was last written to the archive, changed or not, for {@code markUnseenDeleted}: a status seen
 * again unchanged writes no version, so the files cannot tell that a re-walk met it.
 *
 * <p>Kept in memory only, from the moment the archive is opened: a status key hash and a time in
 * microseconds per status (about 16 to 32 bytes, so 300,000 statuses take under 10 MB). Only
 * {@code statuses} collections are followed, and all of them together stay under a limit: past it,
 * the collections written least recently are dropped whole (never the one being written). What
 * was dropped, or happened before the archive was opened, is unknown, and {@link #completeSince}
 * says so; a caller must then mark nothing.
 *
 * <p>Not thread-safe; the archive calls it under its lock.
 */
final class Sightings {
    /** The default limit: about a sixteenth of the heap, and at least 100,000 sightings. */
    static long defaultLimit() {
        return Math.max(100_000, Runtime.getRuntime().maxMemory() / 512);
    }

    private final long limit;
    private final LinkedHashMap<CollectionKey, Table> tables = new LinkedHashMap<>(16, 0.75f, true);
    private long entries;
    /** Since when every sighting of a collection without a table is known: open, or the latest drop. */
    private long knownSince;

    /**
     * @param openedMicros when the archive was opened: nothing earlier is known
     * @param limit how many sightings all collections may hold together before some are dropped
     */
    Sightings(long openedMicros, long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1");
        }
        this.knownSince = openedMicros;
        this.limit = limit;
    }

    /** Records that a batch's statuses were seen at {@code micros}, when it is a {@code statuses} batch. */
    void record(Batch batch, long micros) {
        CollectionKey key = batch.key();
        if (key.kind() != CollectionKind.STATUSES || batch.items().isEmpty()) {
            return;
        }
        Table table = tables.computeIfAbsent(key, k -> new Table(knownSince));
        for (Entity item : batch.items()) {
            long status = Hash64.key(key.instance(), ((Status) item).id());
            int slot = table.seen.find(status);
            if (slot == KeyIndex.NONE) {
                slot = table.seen.add(status);
                entries++;
            }
            table.seen.setSighted(slot, micros);
        }
        dropBeyondLimit(key, micros);
    }

    /** Whether every sighting of the collection since {@code micros} is known. */
    boolean completeSince(CollectionKey key, long micros) {
        Table table = tables.get(key);
        return micros >= (table == null ? knownSince : table.knownSince);
    }

    /** Whether the status (its key hash) was seen in the collection at or after {@code micros}. */
    boolean seenSince(CollectionKey key, long status, long micros) {
        Table table = tables.get(key);
        if (table == null) {
            return false;
        }
        int slot = table.seen.find(status);
        return slot != KeyIndex.NONE && table.seen.sighted(slot) >= micros;
    }

    /** How many sightings are held, all collections together. */
    long size() {
        return entries;
    }

    private void dropBeyondLimit(CollectionKey writing, long micros) {
        Iterator<Map.Entry<CollectionKey, Table>> eldest = tables.entrySet().iterator();
        while (entries > limit && eldest.hasNext()) {
            Map.Entry<CollectionKey, Table> entry = eldest.next();
            if (entry.getKey().equals(writing)) {
                continue;
            }
            entries -= entry.getValue().seen.size();
            eldest.remove();
            // a table made later for any collection cannot know what this drop forgot
            knownSince = micros;
        }
    }

    /** The sightings of one collection, and since when they are all known. */
    private static final class Table {
        final KeyIndex seen = new KeyIndex(false, false, true);
        final long knownSince;

        Table(long knownSince) {
            this.knownSince = knownSince;
        }
    }
}
