package dev.permafrost.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.client.Cursor;
import dev.permafrost.client.MalformedResponseException;
import dev.permafrost.client.Page;
import dev.permafrost.client.Params;
import dev.permafrost.client.http.ApiRequest;
import dev.permafrost.client.http.ApiResponse;
import dev.permafrost.client.http.ErrorMapper;
import dev.permafrost.client.http.Pipeline;
import dev.permafrost.client.http.RequestBody;
import dev.permafrost.client.paging.LinkHeader;
import dev.permafrost.client.ratelimit.RequestFamily;
import dev.permafrost.model.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends the requests of the resource groups through the client's pipeline and decodes the
 * answers: the one place that turns an {@link Endpoint} and parameters into an HTTP exchange.
 * Internal to the client; callers use {@code Mastodon} and its groups. Thread-safe.
 */
public final class Caller {
    private final URI base;
    private final Pipeline pipeline;
    private final Json json;
    private final VersionGate gate;

    public Caller(URI base, Pipeline pipeline, Json json, VersionGate gate) {
        this.base = Objects.requireNonNull(base, "base");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.json = Objects.requireNonNull(json, "json");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    public Json json() {
        return json;
    }

    public URI base() {
        return base;
    }

    /** One entity. */
    public <T> T one(Endpoint endpoint, String path, Params params, Class<T> type) {
        ApiResponse response = call(endpoint, path, params, Map.of());
        return decode(response, () -> json.read(response.body(), type));
    }

    /** One entity, with extra headers (an {@code Idempotency-Key}). */
    public <T> T one(Endpoint endpoint, String path, Params params, Map<String, String> headers, Class<T> type) {
        ApiResponse response = call(endpoint, path, params, headers);
        return decode(response, () -> json.read(response.body(), type));
    }

    /** A JSON array of entities, unpaginated. */
    public <T> List<T> list(Endpoint endpoint, String path, Params params, Class<T> type) {
        ApiResponse response = call(endpoint, path, params, Map.of());
        return decode(response, () -> json.readList(response.body(), type));
    }

    /** A page of entities, with the cursors of its neighbours. */
    public <T> Page<T> page(Endpoint endpoint, String path, Params params, Class<T> type) {
        return toPage(endpoint, call(endpoint, path, params, Map.of()), type);
    }

    /**
     * A page of an offset-paginated endpoint (search, directory, trends). Such servers send no
     * Link header; the next cursor is this request with {@code offset} advanced by the items
     * received, and there is one only while pages come back full.
     */
    public <T> Page<T> offsetPage(Endpoint endpoint, String path, Params params, int offset, int limit, Class<T> type) {
        return offsetPage(endpoint, path, params, offset, limit, response -> json.readList(response.body(), type));
    }

    /**
     * A page of an offset-paginated endpoint whose items come inside an object ({@code GET
     * /api/v2/search} answers {@code {"accounts": [...], ...}}): {@code items} picks them out.
     */
    public <W, T> Page<T> offsetPage(Endpoint endpoint, String path, Params params, int offset, int limit,
                                     Class<W> wrapper, Function<W, List<T>> items) {
        return offsetPage(endpoint, path, params, offset, limit, response -> items.apply(json.read(response.body(), wrapper)));
    }

    private <T> Page<T> offsetPage(Endpoint endpoint, String path, Params params, int offset, int limit,
                                   Function<ApiResponse, List<T>> reader) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0: " + offset);
        }
        int size = endpoint.maxLimit() > 0 && limit > endpoint.maxLimit() ? endpoint.maxLimit() : limit;
        Params query = params.replace("offset", offset > 0 ? offset : null).replace("limit", size > 0 ? size : null);
        ApiResponse response = call(endpoint, path, query, Map.of());
        List<T> items = decode(response, () -> reader.apply(response));
        int expected = size > 0 ? size : endpoint.defaultLimit();
        Optional<Cursor> next = !items.isEmpty() && items.size() >= expected
                ? Optional.of(new Cursor(uri(path, query.replace("offset", offset + items.size())), "next"))
                : Optional.empty();
        Optional<Cursor> previous = offset > 0
                ? Optional.of(new Cursor(uri(path, query.replace("offset", Math.max(0, offset - expected))), "prev"))
                : Optional.empty();
        return new Page<>(items, next, previous, cursor -> {
            int nextOffset = cursor.param("offset").map(Integer::parseInt).orElse(0);
            return offsetPage(endpoint, path, params, nextOffset, size, reader);
        });
    }

    /**
     * A page whose items come inside an object, with the cursors of the Link header ({@code GET
     * /api/v2/notifications} answers one object per page): {@code items} picks them out.
     */
    public <W, T> Page<T> page(Endpoint endpoint, String path, Params params, Class<W> wrapper, Function<W, List<T>> items) {
        return wrappedPage(call(endpoint, path, params, Map.of()), wrapper, items);
    }

    private <W, T> Page<T> wrappedPage(ApiResponse response, Class<W> wrapper, Function<W, List<T>> items) {
        List<T> decoded = decode(response, () -> items.apply(json.read(response.body(), wrapper)));
        LinkHeader links = LinkHeader.parse(response.headers("Link"), response.uri());
        return new Page<>(decoded, links.next(), links.previous(), cursor ->
                wrappedPage(exchange("GET", cursor.uri(), RequestBody.NONE, Map.of(), true), wrapper, items));
    }

    /**
     * The body of an answer that is not JSON, as UTF-8 text: {@code GET /health} answers {@code OK}
     * in plain text, {@code GET /.well-known/host-meta} an XML document. Parameters go in the
     * query for GET and DELETE and in a form body otherwise.
     *
     * @throws dev.permafrost.client.MastodonException (a subclass) for any failure
     */
    public String text(Endpoint endpoint, String path, Params params) {
        return new String(call(endpoint, path, params, Map.of(), false).body(), StandardCharsets.UTF_8);
    }

    /** Any JSON answer, as a tree. */
    public JsonNode tree(Endpoint endpoint, String path, Params params) {
        ApiResponse response = call(endpoint, path, params, Map.of());
        return decode(response, () -> json.tree(response.body()));
    }

    /** A call whose answer carries nothing needed (an empty object); the answer must still be JSON. */
    public void empty(Endpoint endpoint, String path, Params params) {
        requireJson(call(endpoint, path, params, Map.of()));
    }

    /** Sends a body of its own (multipart, JSON) and decodes one entity. */
    public <T> T send(Endpoint endpoint, String path, RequestBody body, Map<String, String> headers, Class<T> type) {
        gate.check(endpoint);
        ApiResponse response = exchange(endpoint.method(), uri(path, Params.empty()), body, headers, true);
        return decode(response, () -> json.read(response.body(), type));
    }

    /**
     * Sends a body of its own and returns the whole answer, for callers that need its status (a
     * media upload answers 200 or 202) before decoding it with {@link #read}.
     */
    public ApiResponse exchange(Endpoint endpoint, String path, RequestBody body, Map<String, String> headers) {
        gate.check(endpoint);
        return exchange(endpoint.method(), uri(path, Params.empty()), body, headers, true);
    }

    /** Decodes an answer received through {@link #call} or {@link #exchange} as one entity. */
    public <T> T read(ApiResponse response, Class<T> type) {
        return decode(response, () -> json.read(response.body(), type));
    }

    /**
     * The whole answer to a call: parameters go in the query for GET and DELETE and in a form body
     * otherwise.
     *
     * @throws dev.permafrost.client.MastodonException (a subclass) for any failure
     */
    public ApiResponse call(Endpoint endpoint, String path, Params params, Map<String, String> headers) {
        return call(endpoint, path, params, headers, true);
    }

    private ApiResponse call(Endpoint endpoint, String path, Params params, Map<String, String> headers, boolean expectsJson) {
        gate.check(endpoint);
        boolean inQuery = endpoint.method().equals("GET") || endpoint.method().equals("DELETE");
        URI uri = uri(path, inQuery ? params : Params.empty());
        RequestBody body = inQuery || params.isEmpty() ? RequestBody.NONE : RequestBody.form(params);
        return exchange(endpoint.method(), uri, body, headers, expectsJson);
    }

    /**
     * Sends one request through the pipeline and fails with the typed exception unless it
     * succeeded. A body that is not the JSON expected fails when it is decoded ({@link #read}),
     * or at {@link #requireJson} for callers that do not decode it: checking it here too would
     * read every body once more.
     */
    public ApiResponse exchange(String method, URI uri, RequestBody body, Map<String, String> headers, boolean expectsJson) {
        RequestFamily family = RequestFamily.of(method, uri.getPath(), uri.getRawQuery());
        ApiResponse response = pipeline.execute(new ApiRequest(method, uri, headers, body, family, expectsJson));
        if (!response.isSuccessful()) {
            throw ErrorMapper.of(response);
        }
        return response;
    }

    /** Fails with {@link MalformedResponseException} when a successful answer is not JSON (204 aside). */
    public void requireJson(ApiResponse response) {
        String problem = response.status() == 204 ? null : ErrorMapper.jsonProblem(response);
        if (problem != null) {
            throw ErrorMapper.malformed(response, problem);
        }
    }

    /** Builds a page from an answer; its source follows Link URLs with the same decoding. */
    public <T> Page<T> toPage(Endpoint endpoint, ApiResponse response, Class<T> type) {
        List<T> items = decode(response, () -> json.readList(response.body(), type));
        LinkHeader links = LinkHeader.parse(response.headers("Link"), response.uri());
        return new Page<>(items, links.next(), links.previous(), cursor -> follow(endpoint, cursor, type));
    }

    private <T> Page<T> follow(Endpoint endpoint, Cursor cursor, Class<T> type) {
        return toPage(endpoint, exchange("GET", cursor.uri(), RequestBody.NONE, Map.of(), true), type);
    }

    /** The absolute URL of a path on the instance, with query parameters. */
    public URI uri(String path, Params query) {
        StringBuilder text = new StringBuilder(base.toString());
        if (text.charAt(text.length() - 1) == '/') {
            text.setLength(text.length() - 1);
        }
        text.append(path);
        char separator = path.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> pair : query.pairs()) {
            text.append(separator).append(encode(pair.getKey())).append('=').append(encode(pair.getValue()));
            separator = '&';
        }
        return URI.create(text.toString());
    }

    private <T> T decode(ApiResponse response, java.util.function.Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (Json.MalformedJsonException e) {
            // Name the body's real problem (an HTML page, a truncated body) when it has one.
            String problem = ErrorMapper.jsonProblem(response);
            throw ErrorMapper.malformed(response, problem != null ? problem : e.getMessage(), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
