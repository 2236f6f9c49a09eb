package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.DomainName;
import java.util.Objects;

/**
 * Whole servers the user blocks: their posts and notifications are hidden and their followers of
 * the user removed. See docs.joinmastodon.org/methods/domain_blocks.
 */
public final class DomainBlocks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/domain_blocks", "1.4.0").paged(Paging.LINK_IGNORES_MIN_ID, 100, 200);
    public static final Endpoint BLOCK = Endpoint.post("/api/v1/domain_blocks", "1.4.0");
    public static final Endpoint UNBLOCK = Endpoint.delete("/api/v1/domain_blocks", "1.4.0");

    private final Caller caller;

    public DomainBlocks(Caller caller) {
        this.caller = caller;
    }

    /** Blocked domains (bare names). Pages by hidden block IDs; ignores {@code min_id}. */
    public Page<DomainName> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), DomainName.class);
    }

    public void block(String domain) {
        caller.empty(BLOCK, BLOCK.path(), Params.empty().with("domain", checked(domain)));
    }

    public void unblock(String domain) {
        caller.empty(UNBLOCK, UNBLOCK.path(), Params.empty().with("domain", checked(domain)));
    }

    private static String checked(String domain) {
        Objects.requireNonNull(domain, "domain");
        if (domain.isBlank() || domain.contains("/") || domain.contains("@")) {
            throw new IllegalArgumentException("not a domain name: '" + domain + "'");
        }
        return domain.trim();
    }
}
