package dev.permafrost.sim;

import java.util.Arrays;

/**
 * A sorted map from long keys (IDs) to int values (row numbers), kept in two parallel arrays so a
 * million entries cost 12 bytes each. Appending a key larger than every other is O(1); inserting or
 * removing elsewhere shifts the arrays. Not thread-safe: the {@link World}'s lock guards it.
 */
final class IdIndex {
    private long[] keys;
    private int[] values;
    private int size;

    IdIndex() {
        this(16);
    }

    IdIndex(int capacity) {
        keys = new long[Math.max(4, capacity)];
        values = new int[keys.length];
    }

    int size() {
        return size;
    }

    long key(int position) {
        return keys[position];
    }

    int value(int position) {
        return values[position];
    }

    /** Adds or replaces the value of a key. */
    void put(long key, int value) {
        if (size == 0 || key > keys[size - 1]) {
            grow();
            keys[size] = key;
            values[size] = value;
            size++;
            return;
        }
        int position = Arrays.binarySearch(keys, 0, size, key);
        if (position >= 0) {
            values[position] = value;
            return;
        }
        int insertAt = -position - 1;
        grow();
        System.arraycopy(keys, insertAt, keys, insertAt + 1, size - insertAt);
        System.arraycopy(values, insertAt, values, insertAt + 1, size - insertAt);
        keys[insertAt] = key;
        values[insertAt] = value;
        size++;
    }

    boolean remove(long key) {
        int position = Arrays.binarySearch(keys, 0, size, key);
        if (position < 0) {
            return false;
        }
        System.arraycopy(keys, position + 1, keys, position, size - position - 1);
        System.arraycopy(values, position + 1, values, position, size - position - 1);
        size--;
        return true;
    }

    /** Returns the value of a key, or -1. */
    int get(long key) {
        int position = Arrays.binarySearch(keys, 0, size, key);
        return position >= 0 ? values[position] : -1;
    }

    boolean contains(long key) {
        return Arrays.binarySearch(keys, 0, size, key) >= 0;
    }

    /** The first position whose key is greater than or equal to the given key (size if none). */
    int ceilingPosition(long key) {
        int position = Arrays.binarySearch(keys, 0, size, key);
        return position >= 0 ? position : -position - 1;
    }

    /** The highest key, or -1 when empty. */
    long lastKey() {
        return size == 0 ? -1 : keys[size - 1];
    }

    private void grow() {
        if (size == keys.length) {
            int capacity = keys.length + (keys.length >> 1) + 16;
            keys = Arrays.copyOf(keys, capacity);
            values = Arrays.copyOf(values, capacity);
        }
    }
}
