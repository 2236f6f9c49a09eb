package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminCanonicalEmailBlock;
import java.util.List;
import java.util.Objects;

/**
 * Blocked email addresses, kept as hashes of their canonical form (lower case, no dots, nothing
 * after a {@code +}), so variants of an address are blocked too. See
 * docs.joinmastodon.org/methods/admin/canonical_email_blocks. Needs
 * {@code admin:read:canonical_email_blocks} or {@code admin:write:canonical_email_blocks}.
 */
public final class AdminCanonicalEmailBlocks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/canonical_email_blocks", "4.0.0")
            .paged(Paging.ID, 100, 200);
    public static final Endpoint CREATE = Endpoint.post("/api/v1/admin/canonical_email_blocks", "4.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/canonical_email_blocks/:id", "4.0.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/admin/canonical_email_blocks/:id", "4.0.0");
    public static final Endpoint TEST = Endpoint.post("/api/v1/admin/canonical_email_blocks/test", "4.0.0");

    private static final String READ = "admin:read:canonical_email_blocks";
    private static final String WRITE = "admin:write:canonical_email_blocks";

    private final AdminCaller caller;

    AdminCanonicalEmailBlocks(AdminCaller caller) {
        this.caller = caller;
    }

    /** Every canonical email block, newest first. */
    public Page<AdminCanonicalEmailBlock> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), READ, AdminCanonicalEmailBlock.class);
    }

    /** Blocks an address (and its variants); the server hashes it. */
    public AdminCanonicalEmailBlock create(String email) {
        Objects.requireNonNull(email, "email");
        return caller.one(CREATE, CREATE.path(), Params.empty().with("email", email), WRITE,
                AdminCanonicalEmailBlock.class);
    }

    /** Blocks the address whose canonical form has this SHA-256 hash (64 hex digits). */
    public AdminCanonicalEmailBlock createFromHash(String canonicalEmailHash) {
        Objects.requireNonNull(canonicalEmailHash, "canonicalEmailHash");
        return caller.one(CREATE, CREATE.path(), Params.empty().with("canonical_email_hash", canonicalEmailHash), WRITE,
                AdminCanonicalEmailBlock.class);
    }

    /** One canonical email block. */
    public AdminCanonicalEmailBlock get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminCanonicalEmailBlock.class);
    }

    /** Lifts a canonical email block. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty(), WRITE);
    }

    /** The blocks an address falls under; empty when it may sign up. */
    public List<AdminCanonicalEmailBlock> test(String email) {
        Objects.requireNonNull(email, "email");
        return caller.list(TEST, TEST.path(), Params.empty().with("email", email), READ, AdminCanonicalEmailBlock.class);
    }
}
