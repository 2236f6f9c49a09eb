package dev.permafrost.client.paging;

import dev.permafrost.client.Cursor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code Link} headers (RFC 8288): any number of header lines, each a comma-separated list
 * of {@code <URI>; param=value; rel="a b"} entries, quoted strings allowed to hold commas and
 * semicolons. Relative targets are resolved against the request URL. Parameters of the targets
 * are kept as they are: no assumption about their names or the format of the IDs.
 */
public final class LinkHeader {
    private final List<Cursor> links;

    private LinkHeader(List<Cursor> links) {
        this.links = List.copyOf(links);
    }

    /** Parses every line of the header; unreadable entries are skipped, never fatal. */
    public static LinkHeader parse(List<String> lines, URI base) {
        List<Cursor> links = new ArrayList<>();
        for (String line : lines) {
            new Scanner(line, base, links).entries();
        }
        return new LinkHeader(links);
    }

    /** The first link with this relation. */
    public Optional<Cursor> rel(String rel) {
        return links.stream().filter(link -> link.rel().equals(rel)).findFirst();
    }

    /** Mastodon's {@code next} (older) link. */
    public Optional<Cursor> next() {
        return rel("next");
    }

    /** Mastodon's {@code prev} (newer) link; {@code previous} is accepted too. */
    public Optional<Cursor> previous() {
        return rel("prev").or(() -> rel("previous"));
    }

    public List<Cursor> links() {
        return links;
    }

    /** A small hand-written scanner: the grammar is tiny and regexes get quoting wrong. */
    private static final class Scanner {
        private final String text;
        private final URI base;
        private final List<Cursor> out;
        private int at;

        Scanner(String text, URI base, List<Cursor> out) {
            this.text = text;
            this.base = base;
            this.out = out;
        }

        void entries() {
            while (true) {
                skipSpaceAnd(',');
                if (at >= text.length()) {
                    return;
                }
                if (text.charAt(at) != '<') {
                    skipPast(',');
                    continue;
                }
                int close = text.indexOf('>', at);
                if (close < 0) {
                    return;
                }
                int reopen = text.indexOf('<', at + 1);
                if (reopen >= 0 && reopen < close) {
                    at = reopen; // an unclosed target: resynchronise on the next one
                    continue;
                }
                String target = text.substring(at + 1, close).trim();
                at = close + 1;
                List<String> rels = params();
                URI uri = resolve(target);
                if (uri != null) {
                    for (String rel : rels) {
                        out.add(new Cursor(uri, rel));
                    }
                }
            }
        }

        /** Reads {@code ; name=value} pairs up to the next entry; returns the relation types. */
        private List<String> params() {
            List<String> rels = new ArrayList<>();
            while (true) {
                skipSpace();
                if (at >= text.length() || text.charAt(at) == ',') {
                    return rels;
                }
                if (text.charAt(at) != ';') {
                    skipPast(',');
                    return rels;
                }
                at++;
                skipSpace();
                int nameStart = at;
                while (at < text.length() && "=;,".indexOf(text.charAt(at)) < 0) {
                    at++;
                }
                String name = text.substring(nameStart, at).trim().toLowerCase(Locale.ROOT);
                String value = "";
                if (at < text.length() && text.charAt(at) == '=') {
                    at++;
                    skipSpace();
                    value = at < text.length() && text.charAt(at) == '"' ? quoted() : token();
                }
                if (name.equals("rel")) {
                    for (String rel : value.trim().split("\\s+")) {
                        if (!rel.isEmpty()) {
                            rels.add(rel.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length() && text.charAt(at) != '"') {
                if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                    at++;
                }
                value.append(text.charAt(at++));
            }
            at++;
            return value.toString();
        }

        private String token() {
            int start = at;
            while (at < text.length() && ";,".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at).trim();
        }

        private URI resolve(String target) {
            try {
                return base == null ? URI.create(target) : base.resolve(target);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private void skipSpaceAnd(char separator) {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == separator)) {
                at++;
            }
        }

        private void skipPast(char separator) {
            while (at < text.length() && text.charAt(at) != separator) {
                at++;
            }
        }
    }
}
