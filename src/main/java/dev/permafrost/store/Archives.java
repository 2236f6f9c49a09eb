package dev.permafrost.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens an {@link Archive} from a store URL: {@code h2:PATH} (the default) or {@code parquet:DIR}. */
public final class Archives {
    /** The archive used when none is named. */
    public static final String DEFAULT_URL = "h2:./permafrost-data/archive";

    private Archives() {}

    /**
     * Opens (creating or migrating as needed) the archive a store URL names.
     *
     * @throws IllegalArgumentException when the URL is neither {@code h2:PATH} nor {@code parquet:DIR}
     */
    public static Archive open(String url) {
        StoreUrl parsed = StoreUrl.parse(url);
        return switch (parsed.scheme()) {
            case H2 -> H2Archive.open(parsed.path());
            case PARQUET -> ParquetArchive.open(parsed.path());
        };
    }

    /**
     * Opens an archive that must already exist (for reading commands such as {@code stats} and
     * {@code export}, which should not create an empty archive from a mistyped path).
     *
     * @throws ArchiveException when there is no archive at the URL
     */
    public static Archive openExisting(String url) {
        StoreUrl parsed = StoreUrl.parse(url);
        Path file = switch (parsed.scheme()) {
            case H2 -> H2Schema.file(parsed.path());
            case PARQUET -> parsed.path();
        };
        if (!Files.exists(file)) {
            throw new ArchiveException("there is no archive at " + url + " (" + file + " does not exist);"
                    + " check the URL, or crawl into it first");
        }
        return open(url);
    }

    /** A parsed store URL. */
    public record StoreUrl(Scheme scheme, Path path) {
        /** The kinds of archive. */
        public enum Scheme { H2, PARQUET }

        public static StoreUrl parse(String url) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("store URL is empty; expected h2:PATH or parquet:DIR");
            }
            int colon = url.indexOf(':');
            String scheme = colon < 0 ? "" : url.substring(0, colon);
            String rest = colon < 0 ? "" : url.substring(colon + 1);
            if (rest.isBlank()) {
                throw new IllegalArgumentException("store URL '" + url + "' has no path; expected h2:PATH or parquet:DIR");
            }
            return switch (scheme) {
                case "h2" -> new StoreUrl(Scheme.H2, Path.of(rest));
                case "parquet" -> new StoreUrl(Scheme.PARQUET, Path.of(rest));
                default -> throw new IllegalArgumentException("store URL '" + url
                        + "' is not supported; expected h2:PATH (e.g. " + DEFAULT_URL + ") or parquet:DIR");
            };
        }
    }
}
