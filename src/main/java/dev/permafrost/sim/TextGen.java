package dev.permafrost.sim;

import java.util.List;
import java.util.SplittableRandom;

/** Deterministic text for generated accounts and statuses: words, names, tags, domains, languages. */
final class TextGen {
    static final List<String> WORDS = List.of(
            "glacier", "tundra", "archive", "frost", "lichen", "reindeer", "aurora", "harbour", "kettle", "lantern",
            "meadow", "orbit", "pebble", "quartz", "river", "saddle", "timber", "umbrella", "velvet", "willow",
            "yarrow", "zephyr", "anchor", "beacon", "cobble", "drift", "ember", "fjord", "granite", "hollow",
            "island", "juniper", "kiln", "ledger", "mosaic", "nectar", "oyster", "parcel", "quill", "ribbon",
            "spruce", "thistle", "upland", "vapour", "walrus", "xylem", "yonder", "zinnia", "the", "a",
            "of", "and", "to", "in", "is", "was", "today", "again", "really", "maybe",
            "never", "always", "morning", "evening", "coffee", "train", "book", "garden", "music", "photo",
            "walk", "rain", "snow", "sunshine", "bread", "soup", "bicycle", "library", "museum", "sketch",
            "thinking", "reading", "writing", "cooking", "building", "fixing", "learning", "watching", "hearing", "finding");
    static final List<String> TAGS = List.of(
            "photography", "caturday", "fediverse", "mastodon", "art", "music", "books", "gardening",
            "science", "history", "programming", "java", "opensource", "climate", "birds", "hiking",
            "cooking", "linux", "retrocomputing", "knitting", "astronomy", "maps", "poetry", "coffee",
            "archives", "libraries", "silentsunday", "introduction", "folk", "trains", "weather", "frost");
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ja", "nl", "it", "pt", "sv", "fi", "pl", "ca");
    static final List<String> REMOTE_DOMAINS = List.of(
            "mastodon.example", "social.example.org", "fedi.example.net", "toot.example.com", "chaos.example.social");
    static final List<String> LINK_DOMAINS = List.of(
            "example.org", "blog.example.com", "news.example.net", "docs.example.org", "wiki.example.com");
    static final List<String> EMOJIS = List.of("blobcat", "party_parrot", "mastodance", "frosty", "flan_wave");
    private static final List<String> FIRST = List.of(
            "Ada", "Bram", "Cleo", "Dara", "Emil", "Fern", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lena", "Milo", "Nora",
            "Otto", "Pia", "Quin", "Rosa", "Sami", "Tove", "Uma", "Vik", "Wren", "Xia", "Yuki", "Zed");
    private static final List<String> LAST = List.of(
            "Frost", "Ice", "Snow", "Berg", "Hale", "Moss", "Stone", "Wood", "Field", "Brook", "Lake", "Marsh");

    private TextGen() {
    }

    static String word(SplittableRandom random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = word(random);
            if (i == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            text.append(i == 0 ? "" : " ").append(word);
        }
        return text.append('.').toString();
    }

    static String displayName(SplittableRandom random) {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    static String username(SplittableRandom random, int index) {
        return WORDS.get(random.nextInt(48)) + "_" + FIRST.get(random.nextInt(FIRST.size())).toLowerCase() + index;
    }

    /** Escapes text for HTML content. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A 64-bit mix of two values (SplitMix64's finaliser), for per-item seeds. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String hex(long value, int length) {
        String hex = Long.toHexString(value | Long.MIN_VALUE);
        return hex.substring(hex.length() - length);
    }
}
