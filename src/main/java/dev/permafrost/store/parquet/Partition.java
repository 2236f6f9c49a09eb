package dev.permafrost.store.parquet;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One Hive-style partition of a dataset: {@code instance=AUTHORITY/date=YYYY-MM-DD}.
 *
 * <p>The directory name is built from server data, so it is encoded: letters, digits, {@code .},
 * {@code _} and {@code -} stay, every other byte of the UTF-8 form becomes {@code %XX} (Hive's
 * escaping, which DuckDB and Spark decode back: {@code localhost:3000} is stored as
 * {@code instance=localhost%3A3000} and read as {@code localhost:3000}, the same value as the
 * {@code instance} column). No {@code /}, {@code \} or NUL survives, and the {@code instance=}
 * prefix keeps {@code .} and {@code ..} harmless, so no value can leave the dataset's directory.
 * Names longer than {@value #MAX_ENCODED} characters are cut and end in {@code ~} and a hash.
 */
record Partition(String instance, LocalDate day) implements Comparable<Partition> {
    static final int MAX_ENCODED = 200;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    Partition {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(day, "day");
        if (instance.isBlank()) {
            throw new IllegalArgumentException("instance is blank");
        }
    }

    /** The partition's path below the dataset directory, with {@code /} separators. */
    String directory() {
        return instanceDirectory(instance) + "/date=" + day;
    }

    /** The directory of all partitions of an instance: {@code instance=ENCODED}. */
    static String instanceDirectory(String instance) {
        return "instance=" + encode(instance);
    }

    /** Percent-encodes a value for a directory name (see the class comment). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        if (out.length() <= MAX_ENCODED) {
            return out.toString();
        }
        int cut = MAX_ENCODED - 17;
        while (cut > 0 && (out.charAt(cut - 1) == '%' || (cut > 1 && out.charAt(cut - 2) == '%'))) {
            cut--;
        }
        return out.substring(0, cut) + "~" + String.format("%016x", Hash64.key(value));
    }

    @Override
    public int compareTo(Partition other) {
        int byInstance = instance.compareTo(other.instance);
        return byInstance != 0 ? byInstance : day.compareTo(other.day);
    }
}
