package dev.permafrost.sim;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Admin endpoints for accounts and reports: the v1 and v2 account lists with their filters, one
 * account, the moderation actions, and the report queue. Tokens need the admin scopes and an
 * admin account ({@link Access#admin}); the rules of each action are {@link Moderation}'s.
 */
final class AdminApi {
    private static final List<String> V1_STATUSES = List.of("active", "pending", "disabled", "silenced", "suspended");

    private final SimContext context;
    private final World world;

    AdminApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        Access read = Access.admin("admin:read:accounts");
        Access write = Access.admin("admin:write:accounts");
        router.get("/api/v1/admin/accounts", read, this::accountsV1)
                .get("/api/v2/admin/accounts", read, this::accountsV2)
                .get("/api/v1/admin/accounts/:id", read, request -> context.json(json ->
                        EntityJson.adminAccount(json, context, account(request))))
                .add("DELETE", "/api/v1/admin/accounts/:id", write, request -> change(request, (moderation, account) -> {
                    moderation.delete(account);
                    return false;
                }))
                .post("/api/v1/admin/accounts/:id/action", write, this::action)
                .post("/api/v1/admin/accounts/:id/approve", write, request -> change(request, (moderation, account) -> {
                    moderation.approve(account);
                    return true;
                }))
                .post("/api/v1/admin/accounts/:id/reject", write, request -> change(request, (moderation, account) -> {
                    moderation.reject(account);
                    return false;
                }))
                .post("/api/v1/admin/accounts/:id/enable", write, request -> change(request, (moderation, account) -> {
                    moderation.enable(account);
                    return true;
                }))
                .post("/api/v1/admin/accounts/:id/unsensitive", write, request -> change(request, (moderation, account) -> {
                    moderation.unsensitive(account);
                    return true;
                }))
                .post("/api/v1/admin/accounts/:id/unsilence", write, request -> change(request, (moderation, account) -> {
                    moderation.unsilence(account);
                    return true;
                }))
                .post("/api/v1/admin/accounts/:id/unsuspend", write, request -> change(request, (moderation, account) -> {
                    moderation.unsuspend(account);
                    return true;
                }));
        Access readReports = Access.admin("admin:read:reports");
        Access writeReports = Access.admin("admin:write:reports");
        router.get("/api/v1/admin/reports", readReports, this::reports)
                .get("/api/v1/admin/reports/:id", readReports, request -> context.json(json ->
                        AdminJson.report(json, context, report(request))))
                .add("PUT", "/api/v1/admin/reports/:id", writeReports, request -> changeReport(request, report ->
                        world.moderation.update(report, request.params.first("category").orElse(null),
                                request.params.has("rule_ids") || request.params.has("rule_ids[]")
                                        ? request.params.all("rule_ids") : null, now())))
                .post("/api/v1/admin/reports/:id/assign_to_self", writeReports, request -> changeReport(request, report ->
                        world.moderation.assign(report, request.viewer(), now())))
                .post("/api/v1/admin/reports/:id/unassign", writeReports, request -> changeReport(request, report ->
                        world.moderation.assign(report, -1, now())))
                .post("/api/v1/admin/reports/:id/resolve", writeReports, request -> changeReport(request, report ->
                        world.moderation.resolve(report, request.viewer(), now())))
                .post("/api/v1/admin/reports/:id/reopen", writeReports, request -> changeReport(request, report ->
                        world.moderation.reopen(report, now())));
    }

    /** Mastodon's v1 list: local and active accounts unless the flags say otherwise. */
    private SimResponse accountsV1(SimRequest request) {
        Params params = request.params;
        String status = "active";
        for (String flag : V1_STATUSES) {
            if (params.has(flag)) {
                status = flag;
            }
        }
        AccountQuery query = new AccountQuery(params.has("remote") ? "remote" : "local", status, params.has("staff"),
                List.of(), params.first("username").orElse(null), params.first("display_name").orElse(null),
                params.first("by_domain").orElse(null), params.first("email").orElse(null), params.has("ip"));
        return accountPage(request, query);
    }

    /** The v2 list: only the filters given. */
    private SimResponse accountsV2(SimRequest request) {
        Params params = request.params;
        AccountQuery query = new AccountQuery(params.first("origin").orElse(null), params.first("status").orElse(null),
                params.first("permissions").filter("staff"::equals).isPresent(), params.all("role_ids"),
                params.first("username").orElse(null), params.first("display_name").orElse(null),
                params.first("by_domain").orElse(null), params.first("email").orElse(null),
                params.has("ip") || params.has("invited_by"));
        return accountPage(request, query);
    }

    private SimResponse accountPage(SimRequest request, AccountQuery query) {
        return context.page(request, world.social.accountById, 100, true, query.filter(world),
                (json, index) -> EntityJson.adminAccount(json, context, index));
    }

    /**
     * The filters of Mastodon's AccountFilter the sim can answer. The sim records no IPs or
     * invitations, so filtering by them matches nothing.
     */
    private record AccountQuery(String origin, String status, boolean staff, List<String> roleIds, String username,
                                String displayName, String byDomain, String email, boolean matchesNothing) {
        IntPredicate filter(World world) {
            return index -> {
                AccountRow account = world.social.accounts.get(index);
                Moderation.Standing standing = world.moderation.of(index);
                return !matchesNothing && world.moderation.exists(index)
                        && (origin == null || origin.equals("local") == account.local())
                        && (status == null || hasStatus(standing, status))
                        && (!staff || account.admin)
                        && (roleIds.isEmpty() || account.admin && roleIds.contains("3"))
                        && (username == null || lower(account.username).startsWith(lower(username)))
                        && (displayName == null || lower(account.displayName).contains(lower(displayName)))
                        && (byDomain == null || lower(account.domain).equals(lower(byDomain).trim()))
                        && (email == null || account.local() && lower(account.username + "@sim.local").contains(lower(email)));
            };
        }

        private static boolean hasStatus(Moderation.Standing standing, String status) {
            return switch (status) {
                case "active" -> standing.approved && !standing.isSuspended();
                case "pending" -> !standing.approved;
                case "disabled" -> standing.disabled && !standing.isSuspended();
                case "silenced" -> standing.isSilenced();
                case "suspended" -> standing.isSuspended();
                default -> true;
            };
        }

        private static String lower(String text) {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private SimResponse action(SimRequest request) {
        String type = request.params.first("type").orElse("");
        return world.write(() -> {
            int target = account(request);
            Moderation.Report report = request.params.first("report_id").filter(id -> !id.isEmpty())
                    .map(id -> world.moderation.report(context.codec.decode(id))).orElse(null);
            world.moderation.act(world.social.accounts.get(target), world.social.accounts.get(request.viewer()), type,
                    report, now());
            return SimResponse.json(Json.write(json -> {
                json.writeStartObject();
                json.writeEndObject();
            }));
        });
    }

    /** An action on an account: the change returns true to answer with the account, false for {@code {}}. */
    @FunctionalInterface
    private interface AccountChange {
        boolean apply(Moderation moderation, AccountRow account);
    }

    private SimResponse change(SimRequest request, AccountChange change) {
        return world.write(() -> {
            int index = account(request);
            boolean render = change.apply(world.moderation, world.social.accounts.get(index));
            return SimResponse.json(Json.write(json -> {
                if (render) {
                    EntityJson.adminAccount(json, context, index);
                } else {
                    json.writeStartObject();
                    json.writeEndObject();
                }
            }));
        });
    }

    /** The account a path names, or 404 (also for a rejected sign-up, which is gone). Call under a lock. */
    private int account(SimRequest request) {
        int index = context.account(request.path("id"));
        if (!world.moderation.exists(index)) {
            throw ApiError.notFound();
        }
        return index;
    }

    private SimResponse reports(SimRequest request) {
        boolean resolved = request.params.has("resolved");
        long reporter = request.params.first("account_id").map(context.codec::decode).orElse(-2L);
        long target = request.params.first("target_account_id").map(context.codec::decode).orElse(-2L);
        return context.page(request, world.moderation.reportIndex, 100, true, position -> {
            Moderation.Report report = world.moderation.reports.get(position);
            return report.resolved() == resolved
                    && (reporter == -2 || world.social.accounts.get(report.reporter).id == reporter)
                    && (target == -2 || world.social.accounts.get(report.target).id == target);
        }, (json, position) -> AdminJson.report(json, context, world.moderation.reports.get(position)));
    }

    private Moderation.Report report(SimRequest request) {
        return world.moderation.report(context.codec.decode(request.path("id")));
    }

    private SimResponse changeReport(SimRequest request, java.util.function.Consumer<Moderation.Report> change) {
        return world.write(() -> {
            Moderation.Report report = report(request);
            change.accept(report);
            return SimResponse.json(Json.write(json -> AdminJson.report(json, context, report)));
        });
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
