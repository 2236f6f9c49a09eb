package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminDomainAllow;
import java.util.Objects;

/**
 * Domains allowed to federate with a server in limited-federation mode. See
 * docs.joinmastodon.org/methods/admin/domain_allows. Needs {@code admin:read:domain_allows} or
 * {@code admin:write:domain_allows}.
 */
public final class AdminDomainAllows {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/domain_allows", "4.0.0").paged(Paging.ID, 100, 200);
    public static final Endpoint CREATE = Endpoint.post("/api/v1/admin/domain_allows", "4.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/domain_allows/:id", "4.0.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/admin/domain_allows/:id", "4.0.0");

    private static final String READ = "admin:read:domain_allows";
    private static final String WRITE = "admin:write:domain_allows";

    private final AdminCaller caller;

    AdminDomainAllows(AdminCaller caller) {
        this.caller = caller;
    }

    /** Every allowed domain, newest first. */
    public Page<AdminDomainAllow> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), READ, AdminDomainAllow.class);
    }

    /** Allows a domain; allowing one already allowed returns the existing entry. */
    public AdminDomainAllow create(String domain) {
        Objects.requireNonNull(domain, "domain");
        return caller.one(CREATE, CREATE.path(), Params.empty().with("domain", domain), WRITE, AdminDomainAllow.class);
    }

    /** One allowed domain. */
    public AdminDomainAllow get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminDomainAllow.class);
    }

    /** Removes a domain from the allow list. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty(), WRITE);
    }
}
