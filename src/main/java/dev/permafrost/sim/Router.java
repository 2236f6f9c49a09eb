package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The route table: method plus path pattern ({@code /api/v1/statuses/:id}, a trailing {@code *}
 * matches the rest) to a handler. Adding an endpoint is one {@link #add} call in a resource's
 * {@code routes} method. Built once, then read-only and thread-safe.
 */
final class Router {
    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        SimResponse handle(SimRequest request);
    }

    record Route(String method, String[] segments, Access access, Handler handler) {
    }

    record Match(Route route, Map<String, String> pathParams) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String pattern, Access access, Handler handler) {
        routes.add(new Route(method, split(pattern), access, handler));
        return this;
    }

    Router get(String pattern, Access access, Handler handler) {
        return add("GET", pattern, access, handler);
    }

    Router post(String pattern, Access access, Handler handler) {
        return add("POST", pattern, access, handler);
    }

    /** Finds the route for a method and path; a literal segment wins over a parameter. */
    Optional<Match> match(String method, String path) {
        String[] parts = split(path);
        Match best = null;
        int bestLiterals = -1;
        for (Route route : routes) {
            if (!route.method().equals(method)) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            int literals = matches(route.segments(), parts, params);
            if (literals > bestLiterals) {
                best = new Match(route, params);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the number of literal segments matched, or -1. */
    private static int matches(String[] pattern, String[] parts, Map<String, String> params) {
        int literals = 0;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("*")) {
                params.put("*", String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length)));
                return literals;
            }
            if (i >= parts.length) {
                return -1;
            }
            if (pattern[i].startsWith(":")) {
                if (parts[i].isEmpty()) {
                    return -1;
                }
                params.put(pattern[i].substring(1), parts[i]);
            } else if (pattern[i].equals(parts[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return pattern.length == parts.length ? literals : -1;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }
}
