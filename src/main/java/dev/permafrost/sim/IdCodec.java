package dev.permafrost.sim;

/**
 * Turns the sim's internal numeric IDs into the strings a client sees, and back: decimal like
 * Mastodon by default, or fixed-width base-62 strings (non-numeric, still sortable) to catch clients
 * that parse IDs as numbers.
 */
final class IdCodec {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int WIDTH = 11;
    private static final char OPAQUE_PREFIX = 'F';

    private final boolean opaque;

    IdCodec(boolean opaque) {
        this.opaque = opaque;
    }


    String encode(long id) {
        if (id < 0) {
            throw new IllegalArgumentException("id < 0: " + id);
        }
        if (!opaque) {
            return Long.toString(id);
        }
        char[] chars = new char[WIDTH + 1];
        chars[0] = OPAQUE_PREFIX;
        long rest = id;
        for (int i = WIDTH; i >= 1; i--) {
            chars[i] = ALPHABET.charAt((int) (rest % 62));
            rest /= 62;
        }
        return new String(chars);
    }

    /** Returns the numeric ID, or -1 when the text is not an ID this server could have issued. */
    long decode(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (!opaque) {
            if (text.length() > 19) {
                return -1;
            }
            long value = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
        if (text.length() != WIDTH + 1 || text.charAt(0) != OPAQUE_PREFIX) {
            return -1;
        }
        long value = 0;
        for (int i = 1; i <= WIDTH; i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 62 + digit;
        }
        return value;
    }
}
