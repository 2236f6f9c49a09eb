package dev.permafrost.client.api.admin;

import dev.permafrost.client.api.Caller;

/**
 * The admin API, one group per page of the documentation's admin section:
 * {@code mastodon.admin().accounts().approve(id)}. Every call needs a token with admin scopes of an
 * account whose role allows the action; a 403 names the scope the endpoint needs.
 */
public final class Admin {
    private final AdminCaller caller;

    public Admin(Caller caller) {
        this.caller = new AdminCaller(caller);
    }

    public AdminAccounts accounts() {
        return new AdminAccounts(caller);
    }

    public AdminReports reports() {
        return new AdminReports(caller);
    }

    public AdminDomainBlocks domainBlocks() {
        return new AdminDomainBlocks(caller);
    }

    public AdminDomainAllows domainAllows() {
        return new AdminDomainAllows(caller);
    }

    public AdminCanonicalEmailBlocks canonicalEmailBlocks() {
        return new AdminCanonicalEmailBlocks(caller);
    }

    public AdminEmailDomainBlocks emailDomainBlocks() {
        return new AdminEmailDomainBlocks(caller);
    }

    public AdminIpBlocks ipBlocks() {
        return new AdminIpBlocks(caller);
    }

    public AdminTrends trends() {
        return new AdminTrends(caller);
    }

    public AdminTags tags() {
        return new AdminTags(caller);
    }

    /** Measures, dimensions and retention. */
    public AdminMetrics metrics() {
        return new AdminMetrics(caller);
    }
}
