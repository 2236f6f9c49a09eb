package dev.permafrost.client.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint of the Mastodon API as the client knows it: method, path template in the
 * documentation's {@code :id} style, the Mastodon version that introduced it, and how it pages.
 * Every method of a resource group names its endpoint through one of these constants, which is
 * how the client can list what it implements ({@link Catalog}).
 *
 * @param method HTTP method
 * @param path path template, {@code /api/v1/accounts/:id/followers}
 * @param addedIn the Mastodon version that introduced it ({@code 0.0.0} for the oldest)
 * @param paging how its pages are cursored
 * @param defaultLimit the server's default page size, 0 when not paginated
 * @param maxLimit the largest page size the server allows, 0 when not paginated
 */
public record Endpoint(String method, String path, String addedIn, Paging paging, int defaultLimit, int maxLimit) {
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    /** How an endpoint's pages are cursored. */
    public enum Paging {
        /** Not paginated. */
        NONE,
        /** By entity IDs; honours max_id, since_id and min_id (statuses, timelines, notifications). */
        ID,
        /** By hidden relation IDs found only in Link headers; honours min_id (favourites, bookmarks). */
        LINK,
        /** By hidden relation IDs; ignores min_id, the prev link carries since_id (followers, blocks...). */
        LINK_IGNORES_MIN_ID,
        /** By {@code offset} (search, directory, trends). */
        OFFSET,
        /** Only a {@code limit}. */
        LIMIT_ONLY
    }

    public Endpoint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(addedIn, "addedIn");
        Objects.requireNonNull(paging, "paging");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path does not start with /: " + path);
        }
    }

    public static Endpoint get(String path, String addedIn) {
        return new Endpoint("GET", path, addedIn, Paging.NONE, 0, 0);
    }

    public static Endpoint post(String path, String addedIn) {
        return new Endpoint("POST", path, addedIn, Paging.NONE, 0, 0);
    }

    public static Endpoint put(String path, String addedIn) {
        return new Endpoint("PUT", path, addedIn, Paging.NONE, 0, 0);
    }

    public static Endpoint patch(String path, String addedIn) {
        return new Endpoint("PATCH", path, addedIn, Paging.NONE, 0, 0);
    }

    public static Endpoint delete(String path, String addedIn) {
        return new Endpoint("DELETE", path, addedIn, Paging.NONE, 0, 0);
    }

    /** The same endpoint, paginated. */
    public Endpoint paged(Paging style, int defaultSize, int maxSize) {
        if (defaultSize < 0 || maxSize < defaultSize) {
            throw new IllegalArgumentException("page sizes " + defaultSize + "/" + maxSize + " for " + path);
        }
        return new Endpoint(method, path, addedIn, style, defaultSize, maxSize);
    }

    public boolean isPaginated() {
        return paging != Paging.NONE;
    }

    /** {@code GET /api/v1/accounts/:id}, the form of the documentation's endpoint table. */
    public String signature() {
        return method + " " + path;
    }

    /**
     * The path with its placeholders replaced, in order, by the arguments, each encoded as one
     * path segment (so an ID or a hashtag can never add a segment).
     *
     * @throws IllegalArgumentException when the number of arguments differs from the placeholders,
     *     or an argument is blank
     */
    public String path(String... arguments) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            if (index >= arguments.length) {
                throw new IllegalArgumentException(signature() + " needs a value for " + matcher.group());
            }
            String argument = arguments[index++];
            if (argument == null || argument.isBlank()) {
                throw new IllegalArgumentException(signature() + ": " + matcher.group(1) + " is blank");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(segment(argument)));
        }
        matcher.appendTail(out);
        if (index != arguments.length) {
            throw new IllegalArgumentException(signature() + " takes " + index + " path values, not " + arguments.length);
        }
        return out.toString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
