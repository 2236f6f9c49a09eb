package dev.permafrost.client.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.client.http.ApiResponse;
import dev.permafrost.model.Account;
import dev.permafrost.model.Context;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.StatusSource;
import dev.permafrost.model.Translation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Statuses: posting, editing and deleting them, reading one with its thread and edits, and what
 * the user does to them (boost, favourite, bookmark, mute, pin). See docs.joinmastodon.org/methods/statuses.
 */
public final class Statuses {
    public static final Endpoint POST = Endpoint.post("/api/v1/statuses", "0.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/statuses/:id", "0.0.0");
    public static final Endpoint GET_MANY = Endpoint.get("/api/v1/statuses", "4.3.0");
    public static final Endpoint EDIT = Endpoint.put("/api/v1/statuses/:id", "3.5.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/statuses/:id", "0.0.0");
    public static final Endpoint CONTEXT = Endpoint.get("/api/v1/statuses/:id/context", "0.0.0");
    public static final Endpoint HISTORY = Endpoint.get("/api/v1/statuses/:id/history", "3.5.0");
    public static final Endpoint SOURCE = Endpoint.get("/api/v1/statuses/:id/source", "3.5.0");
    public static final Endpoint TRANSLATE = Endpoint.post("/api/v1/statuses/:id/translate", "4.0.0");
    public static final Endpoint REBLOGGED_BY = Endpoint.get("/api/v1/statuses/:id/reblogged_by", "0.0.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint FAVOURITED_BY = Endpoint.get("/api/v1/statuses/:id/favourited_by", "0.0.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint QUOTES = Endpoint.get("/api/v1/statuses/:id/quotes", "4.5.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 20, 40);
    public static final Endpoint REVOKE_QUOTE = Endpoint.post("/api/v1/statuses/:id/quotes/:quoting_status_id/revoke", "4.5.0");
    public static final Endpoint INTERACTION_POLICY = Endpoint.put("/api/v1/statuses/:id/interaction_policy", "4.5.0");
    public static final Endpoint REBLOG = Endpoint.post("/api/v1/statuses/:id/reblog", "0.0.0");
    public static final Endpoint UNREBLOG = Endpoint.post("/api/v1/statuses/:id/unreblog", "0.0.0");
    public static final Endpoint FAVOURITE = Endpoint.post("/api/v1/statuses/:id/favourite", "0.0.0");
    public static final Endpoint UNFAVOURITE = Endpoint.post("/api/v1/statuses/:id/unfavourite", "0.0.0");
    public static final Endpoint BOOKMARK = Endpoint.post("/api/v1/statuses/:id/bookmark", "3.1.0");
    public static final Endpoint UNBOOKMARK = Endpoint.post("/api/v1/statuses/:id/unbookmark", "3.1.0");
    public static final Endpoint MUTE = Endpoint.post("/api/v1/statuses/:id/mute", "1.4.2");
    public static final Endpoint UNMUTE = Endpoint.post("/api/v1/statuses/:id/unmute", "1.4.2");
    public static final Endpoint PIN = Endpoint.post("/api/v1/statuses/:id/pin", "1.6.0");
    public static final Endpoint UNPIN = Endpoint.post("/api/v1/statuses/:id/unpin", "1.6.0");

    private final Caller caller;

    public Statuses(Caller caller) {
        this.caller = caller;
    }

    /**
     * Posts a status, or schedules it when the draft has a time. Every post carries an
     * {@code Idempotency-Key} (the draft's, or a new UUID), so the client's retries after a lost
     * answer never post twice: the server answers a repeat with the first result.
     *
     * @return the published status, or the scheduled one
     */
    public PostResult post(StatusDraft draft) {
        String key = draft.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
        ApiResponse response = caller.call(POST, POST.path(), draft.postParams(), Map.of("Idempotency-Key", key));
        JsonNode tree = caller.read(response, JsonNode.class);
        if (tree.has("scheduled_at") && tree.has("params")) {
            return new PostResult.Scheduled(caller.read(response, ScheduledStatus.class));
        }
        return new PostResult.Published(caller.read(response, Status.class));
    }

    /** One status. */
    public Status get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Status.class);
    }

    /** Several statuses by ID, in one request; those not found or not visible are left out. */
    public List<Status> get(List<String> ids) {
        return caller.list(GET_MANY, GET_MANY.path(), Params.empty().withAll("id[]", ids), Status.class);
    }

    /**
     * Replaces the content of one of the user's statuses; the previous version goes to its history.
     *
     * @throws IllegalArgumentException when the draft sets what an edit cannot change (visibility, reply, schedule)
     */
    public Status edit(String id, StatusDraft draft) {
        return caller.one(EDIT, EDIT.path(id), draft.editParams(), Status.class);
    }

    /** Deletes one of the user's statuses; the answer keeps its source {@code text}, to redraft it. */
    public Status delete(String id) {
        return delete(id, false);
    }

    /** Deletes a status, and with {@code deleteMedia} its media at once rather than after a grace period. */
    public Status delete(String id, boolean deleteMedia) {
        return caller.one(DELETE, DELETE.path(id), Params.empty().with("delete_media", deleteMedia ? "true" : null), Status.class);
    }

    /** The thread around a status: ancestors and descendants. */
    public Context context(String id) {
        return caller.one(CONTEXT, CONTEXT.path(id), Params.empty(), Context.class);
    }

    /** Every revision of a status, the original first and the current version last. */
    public List<StatusEdit> history(String id) {
        return caller.list(HISTORY, HISTORY.path(id), Params.empty(), StatusEdit.class);
    }

    /** The plain text of one of the user's statuses, to edit it. */
    public StatusSource source(String id) {
        return caller.one(SOURCE, SOURCE.path(id), Params.empty(), StatusSource.class);
    }

    /** A status translated into the user's interface language. */
    public Translation translate(String id) {
        return caller.one(TRANSLATE, TRANSLATE.path(id), Params.empty(), Translation.class);
    }

    /** A status translated into a language (ISO 639-1). */
    public Translation translate(String id, String language) {
        return caller.one(TRANSLATE, TRANSLATE.path(id), Params.empty().with("lang", Objects.requireNonNull(language, "language")),
                Translation.class);
    }

    /** Accounts that boosted a status. Pages by hidden IDs; ignores {@code min_id}. */
    public Page<Account> rebloggedBy(String id, PageRequest page) {
        return caller.page(REBLOGGED_BY, REBLOGGED_BY.path(id), page.params(REBLOGGED_BY), Account.class);
    }

    /** Accounts that favourited a status. Pages by hidden IDs; ignores {@code min_id}. */
    public Page<Account> favouritedBy(String id, PageRequest page) {
        return caller.page(FAVOURITED_BY, FAVOURITED_BY.path(id), page.params(FAVOURITED_BY), Account.class);
    }

    /** Statuses quoting one of the user's statuses. Pages by hidden IDs; ignores {@code min_id}. */
    public Page<Status> quotes(String id, PageRequest page) {
        return caller.page(QUOTES, QUOTES.path(id), page.params(QUOTES), Status.class);
    }

    /** Withdraws the approval of a quote of one of the user's statuses; answers the quoting status. */
    public Status revokeQuote(String id, String quotingStatusId) {
        return caller.one(REVOKE_QUOTE, REVOKE_QUOTE.path(id, quotingStatusId), Params.empty(), Status.class);
    }

    /** Changes who may quote one of the user's statuses. */
    public Status interactionPolicy(String id, QuotePolicy quotePolicy) {
        return caller.one(INTERACTION_POLICY, INTERACTION_POLICY.path(id),
                Params.empty().with("quote_approval_policy", quotePolicy.value()), Status.class);
    }

    /** Boosts a status publicly; answers the boost, whose {@code reblog} is the status. */
    public Status reblog(String id) {
        return caller.one(REBLOG, REBLOG.path(id), Params.empty(), Status.class);
    }

    /** Boosts a status with a visibility (public, unlisted or private). */
    public Status reblog(String id, Visibility visibility) {
        if (visibility == Visibility.DIRECT) {
            throw new IllegalArgumentException("a boost cannot be direct");
        }
        return caller.one(REBLOG, REBLOG.path(id), Params.empty().with("visibility", visibility.value()), Status.class);
    }

    public Status unreblog(String id) {
        return action(UNREBLOG, id);
    }

    public Status favourite(String id) {
        return action(FAVOURITE, id);
    }

    public Status unfavourite(String id) {
        return action(UNFAVOURITE, id);
    }

    public Status bookmark(String id) {
        return action(BOOKMARK, id);
    }

    public Status unbookmark(String id) {
        return action(UNBOOKMARK, id);
    }

    /** Stops notifications about a thread the user takes part in. */
    public Status mute(String id) {
        return action(MUTE, id);
    }

    public Status unmute(String id) {
        return action(UNMUTE, id);
    }

    /** Pins one of the user's statuses to their profile. */
    public Status pin(String id) {
        return action(PIN, id);
    }

    public Status unpin(String id) {
        return action(UNPIN, id);
    }

    private Status action(Endpoint endpoint, String id) {
        return caller.one(endpoint, endpoint.path(id), Params.empty(), Status.class);
    }
}
