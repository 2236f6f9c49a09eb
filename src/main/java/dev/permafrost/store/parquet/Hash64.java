package dev.permafrost.store.parquet;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;

/**
 * 64-bit hashes of keys and rows, finished with MurmurHash3's mixer. Keys are hashed char by char
 * (FNV-1a): with 64 bits, a collision among a billion keys has a probability of about 3 in 100
 * million, and would only make one row look like a new version of another. Row hashes, which only
 * have to notice that a version changed, combine each string's {@code hashCode}: a changed column
 * goes unnoticed with a probability of 1 in 4 billion. Never 0, which the index uses for an empty slot.
 */
final class Hash64 {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final long NULL_MARK = 0x9e3779b97f4a7c15L;

    private Hash64() {}

    /** The hash of a key: the instance, then the key values. */
    static long key(CharSequence instance, Object... values) {
        long h = mix(chars(OFFSET, instance), instance.length());
        for (Object value : values) {
            // every char goes through the 64-bit state: keys must not collide like 32-bit hashCodes do
            h = value instanceof CharSequence text ? mix(chars(h, text), text.length()) : value(h, value);
        }
        return finish(h);
    }

    /** The change hash of a row's columns, except those named in {@code excluded}; lowest bit is clear. */
    static long row(GenericRecord row, Set<String> excluded) {
        long h = OFFSET;
        for (org.apache.avro.Schema.Field field : row.getSchema().getFields()) {
            if (!excluded.contains(field.name())) {
                h = value(mix(h, field.pos()), row.get(field.pos()));
            }
        }
        return finish(h) & ~1L;
    }

    private static long value(long h, Object value) {
        if (value == null) {
            return mix(h, NULL_MARK);
        }
        if (value instanceof String text) {
            // String.hashCode is an intrinsic; 32 bits per column are plenty to notice a change
            return mix(mix(h, text.hashCode()), text.length());
        }
        if (value instanceof CharSequence text) {
            return value(h, text.toString());
        }
        if (value instanceof Long || value instanceof Integer) {
            return mix(h, ((Number) value).longValue());
        }
        if (value instanceof Boolean flag) {
            return mix(h, flag ? 3 : 5);
        }
        if (value instanceof GenericRecord record) {
            long inner = h;
            for (int i = 0; i < record.getSchema().getFields().size(); i++) {
                inner = value(inner, record.get(i));
            }
            return mix(inner, 7);
        }
        if (value instanceof Collection<?> items) {
            long inner = mix(h, items.size());
            for (Object item : items) {
                inner = value(inner, item);
            }
            return inner;
        }
        if (value instanceof Map<?, ?> map) {
            return value(h, map.entrySet());
        }
        if (value instanceof ByteBuffer bytes) {
            long inner = h;
            for (int i = bytes.position(); i < bytes.limit(); i++) {
                inner = (inner ^ bytes.get(i)) * PRIME;
            }
            return inner;
        }
        return chars(h, value.toString());
    }

    private static long chars(long h, CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            h = (h ^ text.charAt(i)) * PRIME;
        }
        return h;
    }

    private static long mix(long h, long value) {
        return (h ^ value) * PRIME;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
