package dev.permafrost.client.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.permafrost.client.Params;
import dev.permafrost.client.http.RequestBody;
import dev.permafrost.model.Filter;
import dev.permafrost.model.FilterKeyword;
import dev.permafrost.model.FilterStatus;
import dev.permafrost.model.FilterV1;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Filters (v2, Mastodon 4.0+): named groups of keywords and statuses to warn about, hide or blur
 * in some contexts. The one-phrase filters of v1 remain as deprecated methods. See
 * docs.joinmastodon.org/methods/filters.
 */
public final class Filters {
    public static final Endpoint LIST = Endpoint.get("/api/v2/filters", "4.0.0");
    public static final Endpoint CREATE = Endpoint.post("/api/v2/filters", "4.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v2/filters/:id", "4.0.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v2/filters/:id", "4.0.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v2/filters/:id", "4.0.0");
    public static final Endpoint KEYWORDS = Endpoint.get("/api/v2/filters/:filter_id/keywords", "4.0.0");
    public static final Endpoint ADD_KEYWORD = Endpoint.post("/api/v2/filters/:filter_id/keywords", "4.0.0");
    public static final Endpoint GET_KEYWORD = Endpoint.get("/api/v2/filters/keywords/:id", "4.0.0");
    public static final Endpoint UPDATE_KEYWORD = Endpoint.put("/api/v2/filters/keywords/:id", "4.0.0");
    public static final Endpoint DELETE_KEYWORD = Endpoint.delete("/api/v2/filters/keywords/:id", "4.0.0");
    public static final Endpoint STATUSES = Endpoint.get("/api/v2/filters/:filter_id/statuses", "4.0.0");
    public static final Endpoint ADD_STATUS = Endpoint.post("/api/v2/filters/:filter_id/statuses", "4.0.0");
    public static final Endpoint GET_STATUS = Endpoint.get("/api/v2/filters/statuses/:id", "4.0.0");
    public static final Endpoint DELETE_STATUS = Endpoint.delete("/api/v2/filters/statuses/:id", "4.0.0");
    public static final Endpoint LIST_V1 = Endpoint.get("/api/v1/filters", "2.4.3");
    public static final Endpoint CREATE_V1 = Endpoint.post("/api/v1/filters", "2.4.3");
    public static final Endpoint GET_V1 = Endpoint.get("/api/v1/filters/:id", "2.4.3");
    public static final Endpoint UPDATE_V1 = Endpoint.put("/api/v1/filters/:id", "2.4.3");
    public static final Endpoint DELETE_V1 = Endpoint.delete("/api/v1/filters/:id", "2.4.3");

    private final Caller caller;

    public Filters(Caller caller) {
        this.caller = caller;
    }

    /** Every filter of the user, with its keywords and statuses. */
    public List<Filter> list() {
        return caller.list(LIST, LIST.path(), Params.empty(), Filter.class);
    }

    /**
     * Creates a filter.
     *
     * @throws IllegalArgumentException when the spec has no title or no context
     */
    public Filter create(Spec spec) {
        if (spec.title() == null || spec.title().isBlank() || spec.context() == null || spec.context().isEmpty()) {
            throw new IllegalArgumentException("a new filter needs a title and at least one context");
        }
        return caller.send(CREATE, CREATE.path(), spec.body(caller), Map.of(), Filter.class);
    }

    /** One filter. */
    public Filter get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Filter.class);
    }

    /** Changes what the spec sets (null parts stay as they are) and adds, edits or removes its keywords. */
    public Filter update(String id, Spec changes) {
        return caller.send(UPDATE, UPDATE.path(id), changes.body(caller), Map.of(), Filter.class);
    }

    /** Deletes a filter with its keywords and statuses. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty());
    }

    /** The keywords of a filter. */
    public List<FilterKeyword> keywords(String filterId) {
        return caller.list(KEYWORDS, KEYWORDS.path(filterId), Params.empty(), FilterKeyword.class);
    }

    /** Adds a keyword to a filter. */
    public FilterKeyword addKeyword(String filterId, String keyword, boolean wholeWord) {
        return caller.one(ADD_KEYWORD, ADD_KEYWORD.path(filterId), keywordForm(keyword, wholeWord), FilterKeyword.class);
    }

    /** One keyword. */
    public FilterKeyword keyword(String id) {
        return caller.one(GET_KEYWORD, GET_KEYWORD.path(id), Params.empty(), FilterKeyword.class);
    }

    /** Changes a keyword. */
    public FilterKeyword updateKeyword(String id, String keyword, boolean wholeWord) {
        return caller.one(UPDATE_KEYWORD, UPDATE_KEYWORD.path(id), keywordForm(keyword, wholeWord), FilterKeyword.class);
    }

    /** Removes a keyword from its filter. */
    public void deleteKeyword(String id) {
        caller.empty(DELETE_KEYWORD, DELETE_KEYWORD.path(id), Params.empty());
    }

    /** The statuses a filter matches. */
    public List<FilterStatus> statuses(String filterId) {
        return caller.list(STATUSES, STATUSES.path(filterId), Params.empty(), FilterStatus.class);
    }

    /** Adds a status to a filter. */
    public FilterStatus addStatus(String filterId, String statusId) {
        return caller.one(ADD_STATUS, ADD_STATUS.path(filterId), Params.empty().with("status_id", required(statusId, "statusId")),
                FilterStatus.class);
    }

    /** One filtered status (by the ID of the filter's entry, not of the status). */
    public FilterStatus status(String id) {
        return caller.one(GET_STATUS, GET_STATUS.path(id), Params.empty(), FilterStatus.class);
    }

    /** Removes a status from its filter. */
    public void deleteStatus(String id) {
        caller.empty(DELETE_STATUS, DELETE_STATUS.path(id), Params.empty());
    }

    /**
     * Every keyword of every filter, as v1 filters.
     *
     * @deprecated since Mastodon 4.0; use {@link #list()}
     */
    @Deprecated
    public List<FilterV1> listV1() {
        return caller.list(LIST_V1, LIST_V1.path(), Params.empty(), FilterV1.class);
    }

    /**
     * Creates a one-phrase filter.
     *
     * @deprecated since Mastodon 4.0; use {@link #create(Spec)}
     */
    @Deprecated
    public FilterV1 createV1(SpecV1 spec) {
        return caller.one(CREATE_V1, CREATE_V1.path(), spec.params(), FilterV1.class);
    }

    /**
     * One v1 filter.
     *
     * @deprecated since Mastodon 4.0; use {@link #get(String)} or {@link #keyword(String)}
     */
    @Deprecated
    public FilterV1 getV1(String id) {
        return caller.one(GET_V1, GET_V1.path(id), Params.empty(), FilterV1.class);
    }

    /**
     * Replaces a v1 filter.
     *
     * @deprecated since Mastodon 4.0; use {@link #update(String, Spec)} or {@link #updateKeyword}
     */
    @Deprecated
    public FilterV1 updateV1(String id, SpecV1 spec) {
        return caller.one(UPDATE_V1, UPDATE_V1.path(id), spec.params(), FilterV1.class);
    }

    /**
     * Deletes a v1 filter (on 4.0+, only its keyword).
     *
     * @deprecated since Mastodon 4.0; use {@link #delete(String)} or {@link #deleteKeyword(String)}
     */
    @Deprecated
    public void deleteV1(String id) {
        caller.empty(DELETE_V1, DELETE_V1.path(id), Params.empty());
    }

    private static Params keywordForm(String keyword, boolean wholeWord) {
        return Params.empty().with("keyword", required(keyword, "keyword")).with("whole_word", wholeWord);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /** Where a filter applies. */
    public enum Context {
        HOME, NOTIFICATIONS, PUBLIC, THREAD, ACCOUNT;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a filter does to a matching status: show a warning, hide it, or blur its media (4.4+). */
    public enum Action {
        WARN, HIDE, BLUR;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A v2 filter to create, or the changes to one: null parts are not sent (left as they are).
     * Build it with withers: {@code Spec.titled("Spoilers", Context.HOME).keyword("finale", true)}.
     *
     * @param expiresIn how long from now the filter lasts; null for ever (or unchanged)
     * @param keywords keywords to add, change or remove
     */
    public record Spec(String title, Set<Context> context, Action action, Duration expiresIn, List<KeywordChange> keywords) {
        /** Changes nothing; the start of an update. */
        public static final Spec NO_CHANGE = new Spec(null, null, null, null, List.of());

        public Spec {
            if (context != null && context.isEmpty()) {
                throw new IllegalArgumentException("context is empty; a filter applies somewhere (null leaves it unchanged)");
            }
            context = context == null ? null : Set.copyOf(context);
            keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
            if (expiresIn != null && (expiresIn.isNegative() || expiresIn.isZero())) {
                throw new IllegalArgumentException("expiresIn <= 0: " + expiresIn);
            }
        }

        /** A new filter with a title and its contexts. */
        public static Spec titled(String title, Context first, Context... more) {
            return new Spec(title, EnumSet.of(first, more), null, null, List.of());
        }

        public Spec title(String newTitle) {
            return new Spec(newTitle, context, action, expiresIn, keywords);
        }

        public Spec context(Context first, Context... more) {
            return new Spec(title, EnumSet.of(first, more), action, expiresIn, keywords);
        }

        public Spec action(Action newAction) {
            return new Spec(title, context, newAction, expiresIn, keywords);
        }

        public Spec expiresIn(Duration duration) {
            return new Spec(title, context, action, duration, keywords);
        }

        /** Adds a new keyword. */
        public Spec keyword(String keyword, boolean wholeWord) {
            return change(new KeywordChange(null, required(keyword, "keyword"), wholeWord, false));
        }

        /** Adds a keyword change (an edit or a removal of an existing keyword). */
        public Spec change(KeywordChange change) {
            List<KeywordChange> more = new ArrayList<>(keywords);
            more.add(Objects.requireNonNull(change, "change"));
            return new Spec(title, context, action, expiresIn, more);
        }

        // A JSON body: Rails reads an array of keyword hashes from it without ambiguity.
        RequestBody body(Caller caller) {
            ObjectNode json = caller.json().mapper().createObjectNode();
            if (title != null) {
                json.put("title", title);
            }
            if (context != null) {
                ArrayNode contexts = json.putArray("context");
                EnumSet.copyOf(context).forEach(one -> contexts.add(one.value()));
            }
            if (action != null) {
                json.put("filter_action", action.value());
            }
            if (expiresIn != null) {
                json.put("expires_in", expiresIn.toSeconds());
            }
            if (!keywords.isEmpty()) {
                ArrayNode attributes = json.putArray("keywords_attributes");
                keywords.forEach(change -> change.addTo(attributes.addObject()));
            }
            return RequestBody.json(json.toString());
        }
    }

    /**
     * A keyword of a filter update: new ({@code id} null), changed, or removed.
     *
     * @param id the keyword's ID, null for a new keyword
     * @param destroy whether to remove the keyword
     */
    public record KeywordChange(String id, String keyword, boolean wholeWord, boolean destroy) {
        /** Changes an existing keyword. */
        public static KeywordChange edit(String id, String keyword, boolean wholeWord) {
            return new KeywordChange(required(id, "id"), required(keyword, "keyword"), wholeWord, false);
        }

        /** Removes an existing keyword. */
        public static KeywordChange remove(String id) {
            return new KeywordChange(required(id, "id"), null, false, true);
        }

        void addTo(ObjectNode json) {
            if (id != null) {
                json.put("id", id);
            }
            if (destroy) {
                json.put("_destroy", true);
                return;
            }
            json.put("keyword", keyword);
            json.put("whole_word", wholeWord);
        }
    }

    /**
     * A v1 filter: one phrase in some contexts.
     *
     * @param irreversible whether the server drops matching statuses instead of letting clients hide them
     * @param expiresIn how long from now it lasts; null for ever
     */
    public record SpecV1(String phrase, Set<Context> context, boolean irreversible, boolean wholeWord, Duration expiresIn) {
        public SpecV1 {
            required(phrase, "phrase");
            context = Set.copyOf(Objects.requireNonNull(context, "context"));
            if (context.isEmpty()) {
                throw new IllegalArgumentException("a filter needs at least one context");
            }
        }

        Params params() {
            return Params.empty()
                    .with("phrase", phrase)
                    .withAll("context[]", EnumSet.copyOf(context).stream().map(Context::value).toList())
                    .with("irreversible", irreversible)
                    .with("whole_word", wholeWord)
                    .with("expires_in", expiresIn == null ? null : expiresIn.toSeconds());
        }
    }
}
