package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminAccount;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Accounts as moderators see them: listing with filters, approving sign-ups, and moderation
 * actions. See docs.joinmastodon.org/methods/admin/accounts. Needs {@code admin:read:accounts}
 * or {@code admin:write:accounts}.
 */
public final class AdminAccounts {
    public static final Endpoint LIST_V1 = Endpoint.get("/api/v1/admin/accounts", "2.9.1").paged(Paging.ID, 100, 200);
    public static final Endpoint LIST = Endpoint.get("/api/v2/admin/accounts", "3.5.0").paged(Paging.ID, 100, 200);
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/accounts/:id", "2.9.1");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/admin/accounts/:id", "3.3.0");
    public static final Endpoint ACTION = Endpoint.post("/api/v1/admin/accounts/:id/action", "2.9.1");
    public static final Endpoint APPROVE = Endpoint.post("/api/v1/admin/accounts/:id/approve", "2.9.1");
    public static final Endpoint REJECT = Endpoint.post("/api/v1/admin/accounts/:id/reject", "2.9.1");
    public static final Endpoint ENABLE = Endpoint.post("/api/v1/admin/accounts/:id/enable", "2.9.1");
    public static final Endpoint UNSENSITIVE = Endpoint.post("/api/v1/admin/accounts/:id/unsensitive", "3.3.0");
    public static final Endpoint UNSILENCE = Endpoint.post("/api/v1/admin/accounts/:id/unsilence", "2.9.1");
    public static final Endpoint UNSUSPEND = Endpoint.post("/api/v1/admin/accounts/:id/unsuspend", "2.9.1");

    private static final String READ = "admin:read:accounts";
    private static final String WRITE = "admin:write:accounts";

    private final AdminCaller caller;

    AdminAccounts(AdminCaller caller) {
        this.caller = caller;
    }

    /** Accounts matching a query, newest first (the v2 endpoint; every account when the query is {@link Query#ALL}). */
    public Page<AdminAccount> list(Query query, PageRequest page) {
        return caller.page(LIST, LIST.path(), query.params().with(page.params(LIST)), READ, AdminAccount.class);
    }

    /**
     * Accounts matching a query with the v1 endpoint, for servers older than 3.5. Mastodon's v1
     * lists only local active accounts unless told otherwise ({@link QueryV1#LOCAL_ACTIVE}).
     */
    public Page<AdminAccount> listV1(QueryV1 query, PageRequest page) {
        return caller.page(LIST_V1, LIST_V1.path(), query.params().with(page.params(LIST_V1)), READ, AdminAccount.class);
    }

    /** One account, with its email, IPs and moderation state. */
    public AdminAccount get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminAccount.class);
    }

    /** Deletes the data of a suspended account (the server refuses with 403 when it is not suspended). */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty(), WRITE);
    }

    /**
     * Takes a moderation action against an account. An action other than {@code none} also
     * resolves every open report against the account; {@code none} with a report resolves that one.
     */
    public void action(String id, Action action) {
        caller.empty(ACTION, ACTION.path(id), action.params(), WRITE);
    }

    /** Approves a local account waiting for approval. */
    public AdminAccount approve(String id) {
        return caller.one(APPROVE, APPROVE.path(id), Params.empty(), WRITE, AdminAccount.class);
    }

    /** Rejects a local account waiting for approval; the account is deleted. */
    public void reject(String id) {
        caller.empty(REJECT, REJECT.path(id), Params.empty(), WRITE);
    }

    /** Lets a disabled local account log in again. */
    public AdminAccount enable(String id) {
        return caller.one(ENABLE, ENABLE.path(id), Params.empty(), WRITE, AdminAccount.class);
    }

    /** Stops forcing the account's media to be marked sensitive. */
    public AdminAccount unsensitive(String id) {
        return caller.one(UNSENSITIVE, UNSENSITIVE.path(id), Params.empty(), WRITE, AdminAccount.class);
    }

    /** Lifts a limit (silence) on the account. */
    public AdminAccount unsilence(String id) {
        return caller.one(UNSILENCE, UNSILENCE.path(id), Params.empty(), WRITE, AdminAccount.class);
    }

    /** Lifts a local suspension (the server refuses with 403 when the account is not suspended here). */
    public AdminAccount unsuspend(String id) {
        return caller.one(UNSUSPEND, UNSUSPEND.path(id), Params.empty(), WRITE, AdminAccount.class);
    }

    /** Where accounts come from. */
    public enum Origin { LOCAL, REMOTE }

    /** An account's moderation status, as the list filters name it. */
    public enum Status { ACTIVE, PENDING, DISABLED, SILENCED, SUSPENDED }

    /** The moderation actions of {@link #action}. */
    public enum ActionType {
        /** A warning only. */
        NONE,
        /** Forces the account's media to be marked sensitive. */
        SENSITIVE,
        /** Stops a local account from logging in. */
        DISABLE,
        /** Limits the account: hidden from public timelines and from non-followers. */
        SILENCE,
        /** Suspends the account. */
        SUSPEND
    }

    /**
     * Filters of the v2 list; each null (or false, or empty) filter is left out. Start from
     * {@link #ALL} and narrow: {@code Query.ALL.origin(Origin.LOCAL).status(Status.PENDING)}.
     *
     * @param staff only accounts whose role can moderate ({@code permissions=staff})
     * @param invitedBy only accounts invited by this account ID
     * @param username only accounts whose username starts with this
     * @param displayName only accounts whose display name contains this
     * @param byDomain only accounts of this domain
     * @param email only local accounts whose email contains this
     * @param ip only local accounts that used this IP
     */
    public record Query(Origin origin, Status status, boolean staff, List<String> roleIds, String invitedBy,
                        String username, String displayName, String byDomain, String email, String ip) {
        public static final Query ALL = new Query(null, null, false, List.of(), null, null, null, null, null, null);

        public Query {
            roleIds = List.copyOf(Objects.requireNonNull(roleIds, "roleIds"));
        }

        public Query origin(Origin value) {
            return new Query(value, status, staff, roleIds, invitedBy, username, displayName, byDomain, email, ip);
        }

        public Query status(Status value) {
            return new Query(origin, value, staff, roleIds, invitedBy, username, displayName, byDomain, email, ip);
        }

        public Query staff(boolean value) {
            return new Query(origin, status, value, roleIds, invitedBy, username, displayName, byDomain, email, ip);
        }

        public Query roleIds(List<String> value) {
            return new Query(origin, status, staff, value, invitedBy, username, displayName, byDomain, email, ip);
        }

        public Query invitedBy(String value) {
            return new Query(origin, status, staff, roleIds, value, username, displayName, byDomain, email, ip);
        }

        public Query username(String value) {
            return new Query(origin, status, staff, roleIds, invitedBy, value, displayName, byDomain, email, ip);
        }

        public Query displayName(String value) {
            return new Query(origin, status, staff, roleIds, invitedBy, username, value, byDomain, email, ip);
        }

        public Query byDomain(String value) {
            return new Query(origin, status, staff, roleIds, invitedBy, username, displayName, value, email, ip);
        }

        public Query email(String value) {
            return new Query(origin, status, staff, roleIds, invitedBy, username, displayName, byDomain, value, ip);
        }

        public Query ip(String value) {
            return new Query(origin, status, staff, roleIds, invitedBy, username, displayName, byDomain, email, value);
        }

        Params params() {
            return Params.empty()
                    .with("origin", origin == null ? null : lower(origin))
                    .with("status", status == null ? null : lower(status))
                    .with("permissions", staff ? "staff" : null)
                    .withAll("role_ids[]", roleIds)
                    .with("invited_by", invitedBy)
                    .with("username", username)
                    .with("display_name", displayName)
                    .with("by_domain", byDomain)
                    .with("email", email)
                    .with("ip", ip);
        }
    }

    /**
     * Filters of the v1 list, which Mastodon narrows to local and active accounts by default.
     *
     * @param remote remote accounts instead of local ones
     * @param status the moderation status to list (the server assumes {@code ACTIVE} when null)
     * @param staff only accounts whose role can moderate
     */
    public record QueryV1(boolean remote, Status status, boolean staff, String username, String displayName,
                          String byDomain, String email, String ip) {
        public static final QueryV1 LOCAL_ACTIVE = new QueryV1(false, null, false, null, null, null, null, null);

        public QueryV1 remote(boolean value) {
            return new QueryV1(value, status, staff, username, displayName, byDomain, email, ip);
        }

        public QueryV1 status(Status value) {
            return new QueryV1(remote, value, staff, username, displayName, byDomain, email, ip);
        }

        public QueryV1 staff(boolean value) {
            return new QueryV1(remote, status, value, username, displayName, byDomain, email, ip);
        }

        public QueryV1 username(String value) {
            return new QueryV1(remote, status, staff, value, displayName, byDomain, email, ip);
        }

        public QueryV1 displayName(String value) {
            return new QueryV1(remote, status, staff, username, value, byDomain, email, ip);
        }

        public QueryV1 byDomain(String value) {
            return new QueryV1(remote, status, staff, username, displayName, value, email, ip);
        }

        public QueryV1 email(String value) {
            return new QueryV1(remote, status, staff, username, displayName, byDomain, value, ip);
        }

        public QueryV1 ip(String value) {
            return new QueryV1(remote, status, staff, username, displayName, byDomain, email, value);
        }

        Params params() {
            Params flags = Params.empty().with("remote", remote ? "true" : null);
            if (status != null) {
                flags = flags.with(lower(status), "true");
            }
            return flags
                    .with("staff", staff ? "true" : null)
                    .with("username", username)
                    .with("display_name", displayName)
                    .with("by_domain", byDomain)
                    .with("email", email)
                    .with("ip", ip);
        }
    }

    /**
     * A moderation action: its type and options. {@code Action.of(ActionType.SUSPEND).reportId(id)}.
     *
     * @param reportId the report this action resolves, or null
     * @param warningPresetId a warning preset whose text is sent to the user, or null
     * @param text a message to the user (after the preset's text), or null
     * @param sendEmailNotification whether the user is emailed about it (local accounts)
     */
    public record Action(ActionType type, String reportId, String warningPresetId, String text,
                         boolean sendEmailNotification) {
        public Action {
            Objects.requireNonNull(type, "type");
        }

        /** An action of this type, with an email to the user and no report, preset or text. */
        public static Action of(ActionType type) {
            return new Action(type, null, null, null, true);
        }

        public Action reportId(String value) {
            return new Action(type, value, warningPresetId, text, sendEmailNotification);
        }

        public Action warningPresetId(String value) {
            return new Action(type, reportId, value, text, sendEmailNotification);
        }

        public Action text(String value) {
            return new Action(type, reportId, warningPresetId, value, sendEmailNotification);
        }

        public Action sendEmailNotification(boolean value) {
            return new Action(type, reportId, warningPresetId, text, value);
        }

        Params params() {
            return Params.empty()
                    .with("type", lower(type))
                    .with("report_id", reportId)
                    .with("warning_preset_id", warningPresetId)
                    .with("text", text)
                    .with("send_email_notification", sendEmailNotification);
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
