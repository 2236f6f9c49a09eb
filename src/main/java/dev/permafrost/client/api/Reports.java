package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.Report;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reports to the moderators. See docs.joinmastodon.org/methods/reports. */
public final class Reports {
    public static final Endpoint FILE = Endpoint.post("/api/v1/reports", "1.1.0");

    private final Caller caller;

    public Reports(Caller caller) {
        this.caller = caller;
    }

    /** Reports an account (and some of its statuses) to the moderators. */
    public Report file(ReportDraft report) {
        return caller.one(FILE, FILE.path(), report.params(), Report.class);
    }

    /** Why an account is reported. */
    public enum Category {
        SPAM, LEGAL, VIOLATION, OTHER;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A report.
     *
     * @param accountId the reported account
     * @param statusIds statuses that show the problem
     * @param comment what is wrong, for the moderators (up to 1,000 characters)
     * @param forward send a copy to the moderators of the account's server, if remote
     * @param forwardToDomains other servers to send a copy to (those of replied-to accounts)
     * @param category why; {@link Category#VIOLATION} needs {@code ruleIds}
     * @param ruleIds the server rules broken
     */
    public record ReportDraft(String accountId, List<String> statusIds, String comment, boolean forward,
                              List<String> forwardToDomains, Category category, List<String> ruleIds) {
        public ReportDraft {
            Objects.requireNonNull(accountId, "accountId");
            statusIds = List.copyOf(statusIds);
            forwardToDomains = List.copyOf(forwardToDomains);
            ruleIds = List.copyOf(ruleIds);
            Objects.requireNonNull(category, "category");
            if (category == Category.VIOLATION && ruleIds.isEmpty()) {
                throw new IllegalArgumentException("a violation report names the rules broken");
            }
        }

        /** A report of an account with a comment, category "other", not forwarded. */
        public static ReportDraft of(String accountId, String comment) {
            return new ReportDraft(accountId, List.of(), comment, false, List.of(), Category.OTHER, List.of());
        }

        Params params() {
            return Params.empty().with("account_id", accountId).withAll("status_ids[]", statusIds)
                    .with("comment", comment).with("forward", forward).withAll("forward_to_domains[]", forwardToDomains)
                    .with("category", category.value()).withAll("rule_ids[]", ruleIds);
        }
    }
}
