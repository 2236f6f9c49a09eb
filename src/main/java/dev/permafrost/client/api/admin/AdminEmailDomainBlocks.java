package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminEmailDomainBlock;
import java.util.Objects;

/**
 * Email domains that cannot be used to sign up. See
 * docs.joinmastodon.org/methods/admin/email_domain_blocks. Needs
 * {@code admin:read:email_domain_blocks} or {@code admin:write:email_domain_blocks}.
 */
public final class AdminEmailDomainBlocks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/email_domain_blocks", "4.0.0")
            .paged(Paging.ID, 100, 200);
    public static final Endpoint CREATE = Endpoint.post("/api/v1/admin/email_domain_blocks", "4.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/email_domain_blocks/:id", "4.1.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/admin/email_domain_blocks/:id", "4.0.0");

    private static final String READ = "admin:read:email_domain_blocks";
    private static final String WRITE = "admin:write:email_domain_blocks";

    private final AdminCaller caller;

    AdminEmailDomainBlocks(AdminCaller caller) {
        this.caller = caller;
    }

    /** Every blocked email domain, newest first. */
    public Page<AdminEmailDomainBlock> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), READ, AdminEmailDomainBlock.class);
    }

    /** Blocks sign-ups with addresses of a domain. */
    public AdminEmailDomainBlock create(String domain) {
        return create(domain, false);
    }

    /**
     * Blocks sign-ups with addresses of a domain, or with {@code allowWithApproval} lets them
     * sign up pending approval (Mastodon 4.3+; older servers ignore it).
     */
    public AdminEmailDomainBlock create(String domain, boolean allowWithApproval) {
        Objects.requireNonNull(domain, "domain");
        Params params = Params.empty().with("domain", domain).with("allow_with_approval", allowWithApproval ? "true" : null);
        return caller.one(CREATE, CREATE.path(), params, WRITE, AdminEmailDomainBlock.class);
    }

    /** One blocked email domain. */
    public AdminEmailDomainBlock get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminEmailDomainBlock.class);
    }

    /** Lifts an email domain block. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty(), WRITE);
    }
}
