package dev.permafrost.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filters of the main user: v2 filters with their keywords and statuses (create, read, update,
 * delete), and the deprecated v1 API, where each keyword shows as a one-phrase filter, as on
 * Mastodon 4. Keyword changes in a filter update follow Rails' nested attributes ({@code id},
 * {@code _destroy}).
 */
final class FiltersApi {
    private static final Set<String> CONTEXTS = Set.of("home", "notifications", "public", "thread", "account");
    private static final Set<String> ACTIONS = Set.of("warn", "hide", "blur");

    private final SimContext context;
    private final World world;
    private final Extras extras;

    FiltersApi(SimContext context) {
        this.context = context;
        this.world = context.world;
        this.extras = world.extras;
    }

    void routes(Router router) {
        Access read = Access.user("read:filters");
        Access write = Access.user("write:filters");
        router.get("/api/v2/filters", read, request -> context.json(json -> {
                    json.writeStartArray();
                    for (Extras.FilterRow filter : extras.filters) {
                        EntityJson.filter(json, context, filter);
                    }
                    json.writeEndArray();
                }))
                .post("/api/v2/filters", write, this::create)
                .get("/api/v2/filters/:id", read, request -> context.json(json -> EntityJson.filter(json, context, filter(request, "id"))))
                .add("PUT", "/api/v2/filters/:id", write, this::update)
                .add("DELETE", "/api/v2/filters/:id", write, request -> world.write(() -> {
                    extras.filters.remove(filter(request, "id"));
                    return empty();
                }))
                .get("/api/v2/filters/:filter_id/keywords", read, request -> context.json(json -> {
                    json.writeStartArray();
                    for (Extras.KeywordRow keyword : filter(request, "filter_id").keywords) {
                        EntityJson.filterKeyword(json, context, keyword);
                    }
                    json.writeEndArray();
                }))
                .post("/api/v2/filters/:filter_id/keywords", write, request -> world.write(() -> {
                    Extras.FilterRow filter = filter(request, "filter_id");
                    Extras.KeywordRow keyword = extras.addKeyword(filter, keywordText(request.params), request.params.bool("whole_word"));
                    return SimResponse.json(Json.write(json -> EntityJson.filterKeyword(json, context, keyword)));
                }))
                .get("/api/v2/filters/keywords/:id", read, request -> context.json(json ->
                        EntityJson.filterKeyword(json, context, keyword(filterOfKeyword(request), request))))
                .add("PUT", "/api/v2/filters/keywords/:id", write, request -> world.write(() -> {
                    Extras.FilterRow filter = filterOfKeyword(request);
                    Extras.KeywordRow old = keyword(filter, request);
                    Extras.KeywordRow changed = new Extras.KeywordRow(old.id(), request.params.first("keyword", old.keyword()),
                            request.params.has("whole_word") ? request.params.bool("whole_word") : old.wholeWord());
                    filter.keywords.set(filter.keywords.indexOf(old), changed);
                    return SimResponse.json(Json.write(json -> EntityJson.filterKeyword(json, context, changed)));
                }))
                .add("DELETE", "/api/v2/filters/keywords/:id", write, request -> world.write(() -> {
                    Extras.FilterRow filter = filterOfKeyword(request);
                    filter.keywords.remove(keyword(filter, request));
                    return empty();
                }))
                .get("/api/v2/filters/:filter_id/statuses", read, request -> context.json(json -> {
                    json.writeStartArray();
                    for (Extras.FilterStatusRow status : filter(request, "filter_id").statuses) {
                        EntityJson.filterStatus(json, context, status);
                    }
                    json.writeEndArray();
                }))
                .post("/api/v2/filters/:filter_id/statuses", write, this::addStatus)
                .get("/api/v2/filters/statuses/:id", read, request -> context.json(json ->
                        EntityJson.filterStatus(json, context, filterStatus(request))))
                .add("DELETE", "/api/v2/filters/statuses/:id", write, request -> world.write(() -> {
                    Extras.FilterStatusRow status = filterStatus(request);
                    extras.filterOfStatus(status.id()).orElseThrow().statuses.remove(status);
                    return empty();
                }))
                .get("/api/v1/filters", read, request -> context.json(json -> {
                    json.writeStartArray();
                    for (Extras.FilterRow filter : extras.filters) {
                        for (Extras.KeywordRow keyword : filter.keywords) {
                            EntityJson.filterV1(json, context, filter, keyword);
                        }
                    }
                    json.writeEndArray();
                }))
                .post("/api/v1/filters", write, this::createV1)
                .get("/api/v1/filters/:id", read, request -> context.json(json -> {
                    Extras.FilterRow filter = filterOfKeyword(request);
                    EntityJson.filterV1(json, context, filter, keyword(filter, request));
                }))
                .add("PUT", "/api/v1/filters/:id", write, this::updateV1)
                .add("DELETE", "/api/v1/filters/:id", write, request -> world.write(() -> {
                    Extras.FilterRow filter = filterOfKeyword(request);
                    filter.keywords.remove(keyword(filter, request));
                    return empty();
                }));
    }

    private SimResponse create(SimRequest request) {
        Params params = request.params;
        String title = params.first("title", "").trim();
        List<String> contexts = contexts(params);
        if (title.isEmpty()) {
            throw ApiError.validation("Title can't be blank");
        }
        if (contexts.isEmpty()) {
            throw ApiError.validation("Context can't be empty");
        }
        String action = action(params.first("filter_action", "warn"));
        return world.write(() -> {
            Extras.FilterRow filter = extras.addFilter(title, contexts, action);
            filter.expiresAtMillis = expiry(params, -1);
            applyKeywordChanges(filter, keywordAttributes(request));
            return SimResponse.json(Json.write(json -> EntityJson.filter(json, context, filter)));
        });
    }

    private SimResponse update(SimRequest request) {
        Params params = request.params;
        return world.write(() -> {
            Extras.FilterRow filter = filter(request, "id");
            if (params.has("title")) {
                String title = params.first("title", "").trim();
                if (title.isEmpty()) {
                    throw ApiError.validation("Title can't be blank");
                }
                filter.title = title;
            }
            if (!params.all("context").isEmpty()) {
                filter.context = contexts(params);
            }
            if (params.has("filter_action")) {
                filter.action = action(params.first("filter_action", "warn"));
            }
            filter.expiresAtMillis = expiry(params, filter.expiresAtMillis);
            applyKeywordChanges(filter, keywordAttributes(request));
            return SimResponse.json(Json.write(json -> EntityJson.filter(json, context, filter)));
        });
    }

    private SimResponse addStatus(SimRequest request) {
        long statusId = context.codec.decode(request.params.first("status_id", ""));
        return world.write(() -> {
            Extras.FilterRow filter = filter(request, "filter_id");
            if (world.timelines.row(statusId) < 0) {
                throw ApiError.validation("Status must exist");
            }
            if (filter.statuses.stream().anyMatch(status -> status.statusId() == statusId)) {
                throw ApiError.validation("Status has already been taken");
            }
            Extras.FilterStatusRow status = new Extras.FilterStatusRow(extras.nextFilterStatusId++, statusId);
            filter.statuses.add(status);
            return SimResponse.json(Json.write(json -> EntityJson.filterStatus(json, context, status)));
        });
    }

    private SimResponse createV1(SimRequest request) {
        Params params = request.params;
        String phrase = keywordText(params);
        List<String> contexts = contexts(params);
        if (contexts.isEmpty()) {
            throw ApiError.validation("Context can't be empty");
        }
        return world.write(() -> {
            Extras.FilterRow filter = extras.addFilter(phrase, contexts, params.bool("irreversible") ? "hide" : "warn");
            filter.expiresAtMillis = expiry(params, -1);
            Extras.KeywordRow keyword = extras.addKeyword(filter, phrase, params.bool("whole_word"));
            return SimResponse.json(Json.write(json -> EntityJson.filterV1(json, context, filter, keyword)));
        });
    }

    // Like Mastodon 4: the keyword changes; the filter's settings change only while it has no other keyword.
    private SimResponse updateV1(SimRequest request) {
        Params params = request.params;
        return world.write(() -> {
            Extras.FilterRow filter = filterOfKeyword(request);
            Extras.KeywordRow old = keyword(filter, request);
            List<String> contexts = params.all("context").isEmpty() ? filter.context : contexts(params);
            String action = params.has("irreversible") ? (params.bool("irreversible") ? "hide" : "warn") : filter.action;
            long expires = expiry(params, filter.expiresAtMillis);
            boolean filterChanges = !contexts.equals(filter.context) || !action.equals(filter.action) || expires != filter.expiresAtMillis;
            if (filterChanges && filter.keywords.size() > 1) {
                throw ApiError.validation("This filter has several keywords; edit it through the v2 API");
            }
            Extras.KeywordRow changed = new Extras.KeywordRow(old.id(), params.first("phrase", old.keyword()),
                    params.has("whole_word") ? params.bool("whole_word") : old.wholeWord());
            filter.keywords.set(filter.keywords.indexOf(old), changed);
            filter.context = contexts;
            filter.action = action;
            filter.expiresAtMillis = expires;
            return SimResponse.json(Json.write(json -> EntityJson.filterV1(json, context, filter, changed)));
        });
    }

    /**
     * The {@code keywords_attributes} of a request as Rails reads them: from a JSON body, the
     * array of objects itself; from a form, indexed hashes ({@code keywords_attributes[0][keyword]})
     * or Rack's {@code keywords_attributes[][keyword]}, where a repeated key starts the next hash.
     */
    static List<Map<String, String>> keywordAttributes(SimRequest request) {
        if (Bodies.contentType(request.headers).startsWith("application/json")) {
            return jsonKeywordAttributes(request.body);
        }
        Map<String, Map<String, String>> indexed = new LinkedHashMap<>();
        List<Map<String, String>> listed = new ArrayList<>();
        for (Map.Entry<String, String> entry : request.params.entries()) {
            String name = entry.getKey();
            if (!name.startsWith("keywords_attributes[")) {
                continue;
            }
            int close = name.indexOf(']');
            String index = name.substring("keywords_attributes[".length(), close);
            String field = name.substring(close + 1).replace("[", "").replace("]", "");
            if (index.isEmpty()) {
                if (listed.isEmpty() || listed.get(listed.size() - 1).containsKey(field)) {
                    listed.add(new LinkedHashMap<>());
                }
                listed.get(listed.size() - 1).put(field, entry.getValue());
            } else {
                indexed.computeIfAbsent(index, k -> new LinkedHashMap<>()).put(field, entry.getValue());
            }
        }
        listed.addAll(indexed.values());
        return listed;
    }

    private static List<Map<String, String>> jsonKeywordAttributes(byte[] body) {
        List<Map<String, String>> changes = new ArrayList<>();
        try {
            JsonNode attributes = new ObjectMapper().readTree(body).path("keywords_attributes");
            for (JsonNode item : attributes) {
                Map<String, String> change = new LinkedHashMap<>();
                item.fields().forEachRemaining(field -> change.put(field.getKey(), field.getValue().asText()));
                changes.add(change);
            }
        } catch (IOException e) {
            throw new ApiError(400, "Invalid JSON body: " + e.getMessage());
        }
        return changes;
    }

    private void applyKeywordChanges(Extras.FilterRow filter, List<Map<String, String>> changes) {
        for (Map<String, String> change : changes) {
            boolean destroy = isTrue(change.get("_destroy"));
            String id = change.get("id");
            if (id == null || id.isEmpty()) {
                if (!destroy) {
                    String keyword = change.getOrDefault("keyword", "").trim();
                    if (keyword.isEmpty()) {
                        throw ApiError.validation("Keywords keyword can't be blank");
                    }
                    extras.addKeyword(filter, keyword, isTrue(change.get("whole_word")));
                }
                continue;
            }
            long keywordId = context.codec.decode(id);
            Extras.KeywordRow old = filter.keywords.stream().filter(k -> k.id() == keywordId).findFirst()
                    .orElseThrow(ApiError::notFound);
            if (destroy) {
                filter.keywords.remove(old);
            } else {
                filter.keywords.set(filter.keywords.indexOf(old), new Extras.KeywordRow(old.id(),
                        change.getOrDefault("keyword", old.keyword()),
                        change.containsKey("whole_word") ? isTrue(change.get("whole_word")) : old.wholeWord()));
            }
        }
    }

    private Extras.FilterRow filter(SimRequest request, String name) {
        return extras.filter(context.codec.decode(request.path(name))).orElseThrow(ApiError::notFound);
    }

    private Extras.FilterRow filterOfKeyword(SimRequest request) {
        return extras.filterOfKeyword(context.codec.decode(request.path("id"))).orElseThrow(ApiError::notFound);
    }

    private Extras.KeywordRow keyword(Extras.FilterRow filter, SimRequest request) {
        long id = context.codec.decode(request.path("id"));
        return filter.keywords.stream().filter(k -> k.id() == id).findFirst().orElseThrow(ApiError::notFound);
    }

    private Extras.FilterStatusRow filterStatus(SimRequest request) {
        long id = context.codec.decode(request.path("id"));
        return extras.filterOfStatus(id).flatMap(filter -> filter.statuses.stream().filter(s -> s.id() == id).findFirst())
                .orElseThrow(ApiError::notFound);
    }

    private static String keywordText(Params params) {
        String keyword = params.first("keyword", params.first("phrase", "")).trim();
        if (keyword.isEmpty()) {
            throw ApiError.validation("Keyword can't be blank");
        }
        return keyword;
    }

    private static List<String> contexts(Params params) {
        List<String> contexts = params.all("context");
        for (String one : contexts) {
            if (!CONTEXTS.contains(one)) {
                throw ApiError.validation("Context contains invalid context values");
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(contexts));
    }

    private static String action(String action) {
        if (!ACTIONS.contains(action)) {
            throw ApiError.validation("Filter action is not included in the list");
        }
        return action;
    }

    /** {@code expires_in} seconds from now; blank means never; absent keeps the current value. */
    private static long expiry(Params params, long current) {
        if (!params.has("expires_in")) {
            return current;
        }
        String text = params.first("expires_in", "").trim();
        if (text.isEmpty()) {
            return -1;
        }
        try {
            return System.currentTimeMillis() + Long.parseLong(text) * 1000;
        } catch (NumberFormatException e) {
            throw ApiError.validation("Expires in is not a number");
        }
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("t")
                || value.equalsIgnoreCase("on"));
    }

    private static SimResponse empty() {
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            json.writeEndObject();
        }));
    }
}
