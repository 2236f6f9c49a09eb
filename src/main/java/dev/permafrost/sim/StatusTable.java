package dev.permafrost.sim;

import java.util.Arrays;

/**
 * The statuses of the world as compact rows in parallel arrays (about 28 bytes a row): the ID, the
 * author, packed flags, a reference (the boosted or replied-to row), a tag bit set and one mentioned
 * account. Everything else a status shows is derived from its ID and the world's seed when it is
 * rendered. Rows are never moved; a deleted row keeps its slot with the deleted flag.
 * Not thread-safe: the {@link World}'s lock guards it.
 */
final class StatusTable {
    static final int PUBLIC = 0;
    static final int UNLISTED = 1;
    static final int PRIVATE = 2;
    static final int DIRECT = 3;

    private static final int VISIBILITY_MASK = 0b11;
    private static final int MEDIA_SHIFT = 2;
    private static final int MEDIA_MASK = 0b111 << MEDIA_SHIFT;
    static final int POLL = 1 << 5;
    static final int CARD = 1 << 6;
    static final int SENSITIVE = 1 << 7;
    static final int SPOILER = 1 << 8;
    static final int REPLY = 1 << 9;
    static final int REBLOG = 1 << 10;
    private static final int EDITS_SHIFT = 11;
    private static final int EDITS_MASK = 0b11 << EDITS_SHIFT;
    static final int DELETED = 1 << 13;
    private static final int LANGUAGE_SHIFT = 14;
    private static final int LANGUAGE_MASK = 0b1111 << LANGUAGE_SHIFT;
    /** The row's text and revisions live in the world's overrides (posted or edited through the API). */
    static final int OVERRIDE = 1 << 18;
    static final int PINNED = 1 << 19;

    private long[] ids = new long[1024];
    private int[] authors = new int[1024];
    private int[] flags = new int[1024];
    private int[] refs = new int[1024];
    private int[] tags = new int[1024];
    private int[] mentions = new int[1024];
    private int size;

    int size() {
        return size;
    }

    void ensureCapacity(int capacity) {
        if (capacity > ids.length) {
            ids = Arrays.copyOf(ids, capacity);
            authors = Arrays.copyOf(authors, capacity);
            flags = Arrays.copyOf(flags, capacity);
            refs = Arrays.copyOf(refs, capacity);
            tags = Arrays.copyOf(tags, capacity);
            mentions = Arrays.copyOf(mentions, capacity);
        }
    }

    /** Appends a row and returns its number. */
    int add(long id, int author, int flagBits, int ref, int tagBits, int mention) {
        if (size == ids.length) {
            ensureCapacity(size + (size >> 1) + 1024);
        }
        ids[size] = id;
        authors[size] = author;
        flags[size] = flagBits;
        refs[size] = ref;
        tags[size] = tagBits;
        mentions[size] = mention;
        return size++;
    }

    long id(int row) {
        return ids[row];
    }

    int author(int row) {
        return authors[row];
    }

    int flags(int row) {
        return flags[row];
    }

    boolean has(int row, int flag) {
        return (flags[row] & flag) != 0;
    }

    void set(int row, int flag, boolean on) {
        flags[row] = on ? flags[row] | flag : flags[row] & ~flag;
    }

    int ref(int row) {
        return refs[row];
    }

    int tags(int row) {
        return tags[row];
    }

    void setTags(int row, int tagBits) {
        tags[row] = tagBits;
    }

    int mention(int row) {
        return mentions[row];
    }

    int visibility(int row) {
        return flags[row] & VISIBILITY_MASK;
    }

    int mediaCount(int row) {
        return (flags[row] & MEDIA_MASK) >>> MEDIA_SHIFT;
    }

    int edits(int row) {
        return (flags[row] & EDITS_MASK) >>> EDITS_SHIFT;
    }

    void setEdits(int row, int edits) {
        flags[row] = (flags[row] & ~EDITS_MASK) | (Math.min(3, edits) << EDITS_SHIFT);
    }

    int language(int row) {
        return (flags[row] & LANGUAGE_MASK) >>> LANGUAGE_SHIFT;
    }

    static int pack(int visibility, int mediaCount, int language) {
        return (visibility & VISIBILITY_MASK) | (Math.min(4, mediaCount) << MEDIA_SHIFT) | ((language & 0b1111) << LANGUAGE_SHIFT);
    }

}
