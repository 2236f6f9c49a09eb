package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminReport;
import java.util.List;
import java.util.Objects;

/**
 * Reports as moderators handle them: list, assign, resolve, reopen, recategorise. See
 * docs.joinmastodon.org/methods/admin/reports. Needs {@code admin:read:reports} or
 * {@code admin:write:reports}.
 */
public final class AdminReports {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/reports", "2.9.1").paged(Paging.ID, 100, 200);
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/reports/:id", "2.9.1");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/admin/reports/:id", "3.5.0");
    public static final Endpoint ASSIGN_TO_SELF = Endpoint.post("/api/v1/admin/reports/:id/assign_to_self", "2.9.1");
    public static final Endpoint UNASSIGN = Endpoint.post("/api/v1/admin/reports/:id/unassign", "2.9.1");
    public static final Endpoint RESOLVE = Endpoint.post("/api/v1/admin/reports/:id/resolve", "2.9.1");
    public static final Endpoint REOPEN = Endpoint.post("/api/v1/admin/reports/:id/reopen", "2.9.1");

    private static final String READ = "admin:read:reports";
    private static final String WRITE = "admin:write:reports";

    private final AdminCaller caller;

    AdminReports(AdminCaller caller) {
        this.caller = caller;
    }

    /** Open reports (or resolved ones), newest first. */
    public Page<AdminReport> list(Filter filter, PageRequest page) {
        return caller.page(LIST, LIST.path(), filter.params().with(page.params(LIST)), READ, AdminReport.class);
    }

    /** One report. */
    public AdminReport get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminReport.class);
    }

    /** Changes a report's category and the rules it cites. */
    public AdminReport update(String id, Update update) {
        return caller.one(UPDATE, UPDATE.path(id), update.params(), WRITE, AdminReport.class);
    }

    /** Assigns the report to the token's account. */
    public AdminReport assignToSelf(String id) {
        return caller.one(ASSIGN_TO_SELF, ASSIGN_TO_SELF.path(id), Params.empty(), WRITE, AdminReport.class);
    }

    /** Removes the report's assignee. */
    public AdminReport unassign(String id) {
        return caller.one(UNASSIGN, UNASSIGN.path(id), Params.empty(), WRITE, AdminReport.class);
    }

    /** Marks the report resolved without taking action. */
    public AdminReport resolve(String id) {
        return caller.one(RESOLVE, RESOLVE.path(id), Params.empty(), WRITE, AdminReport.class);
    }

    /** Opens a resolved report again. */
    public AdminReport reopen(String id) {
        return caller.one(REOPEN, REOPEN.path(id), Params.empty(), WRITE, AdminReport.class);
    }

    /**
     * Which reports to list.
     *
     * @param resolved resolved reports instead of open ones
     * @param accountId only reports filed by this account, or null
     * @param targetAccountId only reports against this account, or null
     */
    public record Filter(boolean resolved, String accountId, String targetAccountId) {
        public static final Filter OPEN = new Filter(false, null, null);
        public static final Filter RESOLVED = new Filter(true, null, null);

        Params params() {
            return Params.empty()
                    .with("resolved", resolved ? "true" : null)
                    .with("account_id", accountId)
                    .with("target_account_id", targetAccountId);
        }
    }

    /** A report's category. */
    public enum Category { SPAM, LEGAL, VIOLATION, OTHER }

    /**
     * New values for a report.
     *
     * @param category the new category, or null to keep it
     * @param ruleIds the rules broken (with {@link Category#VIOLATION}); empty to leave them
     */
    public record Update(Category category, List<String> ruleIds) {
        public Update {
            ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds"));
        }

        public static Update category(Category category) {
            return new Update(category, List.of());
        }

        /** The report breaks these rules of the server. */
        public static Update violation(List<String> ruleIds) {
            return new Update(Category.VIOLATION, ruleIds);
        }

        Params params() {
            return Params.empty()
                    .with("category", category == null ? null : AdminAccounts.lower(category))
                    .withAll("rule_ids[]", ruleIds);
        }
    }
}
