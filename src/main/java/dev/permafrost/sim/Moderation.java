package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What moderators did to accounts, and the reports they handle. The rules follow Mastodon's
 * policies: approve and reject only pending local accounts, unsuspend only local suspensions,
 * delete only suspended accounts, and an action other than a warning resolves every open report
 * against the account. Guarded by the {@link World}'s lock.
 */
final class Moderation {
    /** Report categories a moderator may set. */
    static final Set<String> CATEGORIES = Set.of("spam", "legal", "violation", "other");
    /** Moderation actions of {@code POST /api/v1/admin/accounts/:id/action}. */
    static final Set<String> ACTIONS = Set.of("none", "sensitive", "disable", "silence", "suspend");

    /** How moderators have treated one account. Accounts never touched share {@link #CLEAN}. */
    static final class Standing {
        boolean approved = true;
        boolean disabled;
        boolean silenced;
        boolean sensitized;
        /** Suspended here, by a moderator. */
        boolean suspended;
        /** Silenced or suspended by a block of the account's domain. */
        boolean domainSilenced;
        boolean domainSuspended;
        /** The account's data was deleted after its suspension. */
        boolean deleted;
        /** A pending sign-up was rejected: the account is gone. */
        boolean rejected;
        String inviteRequest;
        int warnings;

        boolean isSuspended() {
            return suspended || domainSuspended;
        }

        boolean isSilenced() {
            return silenced || domainSilenced;
        }
    }

    /** A report filed by one account against another. */
    static final class Report {
        final long id;
        final int reporter;
        final int target;
        final List<Long> statusIds;
        final String comment;
        final long createdMillis;
        String category;
        List<String> ruleIds;
        long updatedMillis;
        int assignee = -1;
        long actionTakenAtMillis = -1;
        int actionTakenBy = -1;

        Report(long id, int reporter, int target, List<Long> statusIds, String category, List<String> ruleIds,
               String comment, long createdMillis) {
            this.id = id;
            this.reporter = reporter;
            this.target = target;
            this.statusIds = List.copyOf(statusIds);
            this.category = category;
            this.ruleIds = List.copyOf(ruleIds);
            this.comment = comment;
            this.createdMillis = createdMillis;
            this.updatedMillis = createdMillis;
        }

        boolean resolved() {
            return actionTakenAtMillis >= 0;
        }
    }

    private static final Standing CLEAN = new Standing();

    private final Map<Integer, Standing> standings = new HashMap<>();
    final List<Report> reports = new ArrayList<>();
    /** Report ID to its position in {@link #reports}. */
    final IdIndex reportIndex = new IdIndex();

    /** An account's standing for reading; never modify the result. */
    Standing of(int account) {
        return standings.getOrDefault(account, CLEAN);
    }

    /** An account's standing for changing (under the write lock). */
    Standing change(int account) {
        return standings.computeIfAbsent(account, k -> new Standing());
    }

    /** Whether an account still exists for the admin API (a rejected sign-up does not). */
    boolean exists(int account) {
        return !of(account).rejected;
    }

    Report file(int reporter, int target, List<Long> statusIds, String category, List<String> ruleIds, String comment,
                long nowMillis) {
        if (!CATEGORIES.contains(category)) {
            throw ApiError.validation("Category is not included in the list");
        }
        Report report = new Report(reports.size() + 1L, reporter, target, statusIds, category, ruleIds, comment, nowMillis);
        reportIndex.put(report.id, reports.size());
        reports.add(report);
        return report;
    }

    /** The report a path parameter names, or 404. */
    Report report(long id) {
        int position = reportIndex.get(id);
        if (position < 0) {
            throw ApiError.notFound();
        }
        return reports.get(position);
    }

    /**
     * Applies {@code POST /api/v1/admin/accounts/:id/action}.
     *
     * @param report the report the action answers, or null
     */
    void act(AccountRow target, AccountRow moderator, String type, Report report, long nowMillis) {
        if (!ACTIONS.contains(type)) {
            throw ApiError.validation("Type is not included in the list");
        }
        if (!type.equals("none") && target.admin) {
            throw ApiError.forbidden();
        }
        Standing standing = change(target.index);
        switch (type) {
            case "disable" -> {
                if (!target.local()) {
                    throw ApiError.forbidden();
                }
                standing.disabled = true;
            }
            case "sensitive" -> standing.sensitized = true;
            case "silence" -> standing.silenced = true;
            case "suspend" -> standing.suspended = true;
            default -> standing.warnings++;
        }
        if (type.equals("none")) {
            if (report != null) {
                resolve(report, moderator.index, nowMillis);
            }
            return;
        }
        for (Report open : reports) {
            if (open.target == target.index && !open.resolved()) {
                resolve(open, moderator.index, nowMillis);
            }
        }
    }

    void resolve(Report report, int moderator, long nowMillis) {
        report.actionTakenAtMillis = nowMillis;
        report.actionTakenBy = moderator;
        report.updatedMillis = nowMillis;
    }

    void reopen(Report report, long nowMillis) {
        report.actionTakenAtMillis = -1;
        report.actionTakenBy = -1;
        report.updatedMillis = nowMillis;
    }

    void assign(Report report, int moderator, long nowMillis) {
        report.assignee = moderator;
        report.updatedMillis = nowMillis;
    }

    void update(Report report, String category, List<String> ruleIds, long nowMillis) {
        if (category != null) {
            if (!CATEGORIES.contains(category)) {
                throw ApiError.validation("Category is not included in the list");
            }
            report.category = category;
        }
        if (ruleIds != null) {
            report.ruleIds = List.copyOf(ruleIds);
        }
        report.updatedMillis = nowMillis;
    }

    /** Approves a pending local account; 403 for any other. */
    void approve(AccountRow account) {
        requirePending(account);
        change(account.index).approved = true;
    }

    /** Rejects a pending local account, which is then deleted; 403 for any other. */
    void reject(AccountRow account) {
        requirePending(account);
        change(account.index).rejected = true;
    }

    void enable(AccountRow account) {
        if (!account.local()) {
            throw ApiError.forbidden();
        }
        if (of(account.index).disabled) {
            change(account.index).disabled = false;
        }
    }

    void unsensitive(AccountRow account) {
        if (of(account.index).sensitized) {
            change(account.index).sensitized = false;
        }
    }

    void unsilence(AccountRow account) {
        if (of(account.index).silenced) {
            change(account.index).silenced = false;
        }
    }

    /** Lifts a suspension made here by hand; 403 for an account not suspended, or suspended by a domain block. */
    void unsuspend(AccountRow account) {
        Standing standing = of(account.index);
        if (!standing.suspended || standing.deleted) {
            throw ApiError.forbidden();
        }
        change(account.index).suspended = false;
    }

    /** Deletes a suspended account's data; 403 unless it is suspended and not yet deleted. */
    void delete(AccountRow account) {
        Standing standing = of(account.index);
        if (!standing.isSuspended() || standing.deleted) {
            throw ApiError.forbidden();
        }
        change(account.index).deleted = true;
    }

    /** What a domain block does to the accounts of its domain (and its subdomains). */
    void applyDomainBlock(List<AccountRow> accounts, String domain, String severity) {
        for (AccountRow account : accounts) {
            if (!account.local() && Blocklists.covers(domain, account.domain)) {
                Standing standing = change(account.index);
                standing.domainSuspended = severity.equals("suspend");
                standing.domainSilenced = severity.equals("silence");
            }
        }
    }

    /** Undoes {@link #applyDomainBlock} when the block is lifted. */
    void liftDomainBlock(List<AccountRow> accounts, String domain) {
        applyDomainBlock(accounts, domain, "noop");
    }

    private void requirePending(AccountRow account) {
        if (!account.local() || of(account.index).approved) {
            throw ApiError.forbidden();
        }
    }
}
