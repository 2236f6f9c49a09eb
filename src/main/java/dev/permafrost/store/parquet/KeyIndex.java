package dev.permafrost.store.parquet;

import java.util.Arrays;

/**
 * What a dataset already holds: key hash to the current version's {@code row_hash} (for media,
 * the hash of its recorded file, {@link Dataset#annotation}), first-seen time, partition day and,
 * where asked for, the status's {@code edited_at} and the last sighting of a relation. Open
 * addressing over primitive arrays (linear probing, growth by half), so a million statuses take
 * about 40 MB instead of the hundreds a {@code HashMap} would. Also serves as a compact set of
 * key hashes ({@link #set()}) and, with sightings, as a map from key hash to a time.
 *
 * <p>Not thread-safe; the archive guards it with its lock.
 */
final class KeyIndex {
    static final int NONE = -1;
    private static final double LOAD = 0.75;

    private final boolean versions;
    private final boolean editTimes;
    private final boolean sightings;
    private long[] keys;
    private long[] hashes;
    private long[] firstSeen;
    private int[] days;
    private long[] editedAt;
    private long[] sighted;
    private int size;
    private int limit;

    /**
     * @param versions keep row hashes, first-seen times and partition days (versioned datasets)
     * @param editTimes keep {@code edited_at} (statuses)
     * @param sightings keep the last sighting (relations, for finishWalk)
     */
    KeyIndex(boolean versions, boolean editTimes, boolean sightings) {
        this.versions = versions;
        this.editTimes = editTimes;
        this.sightings = sightings;
        allocate(1024);
    }

    /** A plain set of key hashes: 8 to 16 bytes a key. */
    static KeyIndex set() {
        return new KeyIndex(false, false, false);
    }

    /** Whether the key is held. */
    boolean contains(long key) {
        return find(key) != NONE;
    }

    /** Adds the key unless held; true when it was added. */
    boolean addIfAbsent(long key) {
        if (contains(key)) {
            return false;
        }
        add(key);
        return true;
    }

    int size() {
        return size;
    }

    /** The slot of a key, or {@link #NONE}. */
    int find(long key) {
        int capacity = keys.length;
        int slot = home(key, capacity);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                return NONE;
            }
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
    }

    /** Adds a key that {@link #find} did not find, and returns its slot. */
    int add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("key hash 0 is reserved");
        }
        if (size >= limit) {
            grow();
        }
        int slot = freeSlot(keys, key);
        keys[slot] = key;
        size++;
        return slot;
    }

    long hash(int slot) {
        return hashes[slot];
    }

    long firstSeen(int slot) {
        return firstSeen[slot];
    }

    int day(int slot) {
        return days[slot];
    }

    /** The status's {@code edited_at} in epoch milliseconds, or {@code Long.MIN_VALUE} when never edited. */
    long editedAt(int slot) {
        return editedAt[slot];
    }

    long sighted(int slot) {
        return sighted[slot];
    }

    void setVersion(int slot, long hash, long firstSeenMillis, int day) {
        if (versions) {
            hashes[slot] = hash;
            firstSeen[slot] = firstSeenMillis;
            days[slot] = day;
        }
    }

    void setEditedAt(int slot, long editedAtMillis) {
        if (editTimes) {
            editedAt[slot] = editedAtMillis;
        }
    }

    void setSighted(int slot, long micros) {
        if (sightings) {
            sighted[slot] = micros;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldHashes = hashes;
        long[] oldFirst = firstSeen;
        int[] oldDays = days;
        long[] oldEdited = editedAt;
        long[] oldSighted = sighted;
        allocate(oldKeys.length + oldKeys.length / 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = freeSlot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                if (versions) {
                    hashes[slot] = oldHashes[i];
                    firstSeen[slot] = oldFirst[i];
                    days[slot] = oldDays[i];
                }
                if (editTimes) {
                    editedAt[slot] = oldEdited[i];
                }
                if (sightings) {
                    sighted[slot] = oldSighted[i];
                }
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        hashes = versions ? new long[capacity] : null;
        firstSeen = versions ? new long[capacity] : null;
        days = versions ? new int[capacity] : null;
        editedAt = editTimes ? new long[capacity] : null;
        if (editTimes) {
            Arrays.fill(editedAt, Long.MIN_VALUE);
        }
        sighted = sightings ? new long[capacity] : null;
        limit = (int) (capacity * LOAD);
    }

    private static int freeSlot(long[] table, long key) {
        int capacity = table.length;
        int slot = home(key, capacity);
        while (table[slot] != 0) {
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        return slot;
    }

    /** Maps the key's high 32 bits onto [0, capacity) without a division (Lemire's fast range). */
    private static int home(long key, int capacity) {
        return (int) (((key >>> 32) * capacity) >>> 32);
    }
}
