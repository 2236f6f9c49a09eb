package dev.permafrost.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as handlers see it: the method and path, the query parameters (kept apart, for Link
 * headers), all parameters (query plus form or JSON body), headers, the raw body, the path
 * parameters of the matched route and the caller's token.
 */
final class SimRequest {
    final String method;
    final String path;
    final Params query;
    final Params params;
    final Map<String, List<String>> headers;
    final byte[] body;
    final Map<String, String> pathParams;
    final Optional<Auth.Token> token;

    SimRequest(String method, String path, Params query, Params params, Map<String, List<String>> headers, byte[] body,
               Map<String, String> pathParams, Optional<Auth.Token> token) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.params = params;
        this.headers = headers;
        this.body = body;
        this.pathParams = pathParams;
        this.token = token;
    }

    String path(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** The account index of the caller, or -1 for anonymous and app tokens. */
    int viewer() {
        return token.map(Auth.Token::account).orElse(-1);
    }
}
