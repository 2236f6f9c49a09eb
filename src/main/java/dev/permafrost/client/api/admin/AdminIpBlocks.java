package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminIpBlock;
import java.time.Duration;

/**
 * Limits on sign-ups and access from IP ranges. See docs.joinmastodon.org/methods/admin/ip_blocks.
 * Needs {@code admin:read:ip_blocks} or {@code admin:write:ip_blocks}.
 */
public final class AdminIpBlocks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/ip_blocks", "4.0.0").paged(Paging.ID, 100, 200);
    public static final Endpoint CREATE = Endpoint.post("/api/v1/admin/ip_blocks", "4.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/ip_blocks/:id", "4.0.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/admin/ip_blocks/:id", "4.0.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/admin/ip_blocks/:id", "4.0.0");

    private static final String READ = "admin:read:ip_blocks";
    private static final String WRITE = "admin:write:ip_blocks";

    private final AdminCaller caller;

    AdminIpBlocks(AdminCaller caller) {
        this.caller = caller;
    }

    /** Every IP block, newest first. */
    public Page<AdminIpBlock> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), READ, AdminIpBlock.class);
    }

    /** Blocks an address or CIDR range ({@code 192.0.2.0/24}); the server answers 422 for a duplicate. */
    public AdminIpBlock create(Options options) {
        if (options.ip() == null || options.severity() == null) {
            throw new IllegalArgumentException("an IP block needs an ip and a severity: " + options);
        }
        return caller.one(CREATE, CREATE.path(), options.params(), WRITE, AdminIpBlock.class);
    }

    /** One IP block. */
    public AdminIpBlock get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminIpBlock.class);
    }

    /** Changes an IP block; options left null keep their value. */
    public AdminIpBlock update(String id, Options options) {
        return caller.one(UPDATE, UPDATE.path(id), options.params(), WRITE, AdminIpBlock.class);
    }

    /** Lifts an IP block. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty(), WRITE);
    }

    /** What an IP block does. */
    public enum Severity {
        /** Sign-ups from the range wait for approval. */
        SIGN_UP_REQUIRES_APPROVAL,
        /** No sign-ups from the range. */
        SIGN_UP_BLOCK,
        /** No access at all from the range. */
        NO_ACCESS
    }

    /**
     * The settings of an IP block; each null is left out. {@code Options.of("192.0.2.0/24",
     * Severity.NO_ACCESS).comment("abuse").expiresIn(Duration.ofDays(30))}.
     *
     * @param expiresIn how long the block lasts, or null for ever (sent in whole seconds)
     */
    public record Options(String ip, Severity severity, String comment, Duration expiresIn) {
        public static final Options NONE = new Options(null, null, null, null);

        public static Options of(String ip, Severity severity) {
            return new Options(ip, severity, null, null);
        }

        public Options ip(String value) {
            return new Options(value, severity, comment, expiresIn);
        }

        public Options severity(Severity value) {
            return new Options(ip, value, comment, expiresIn);
        }

        public Options comment(String value) {
            return new Options(ip, severity, value, expiresIn);
        }

        public Options expiresIn(Duration value) {
            if (value != null && value.getSeconds() < 1) {
                throw new IllegalArgumentException("expiresIn < 1 s: " + value);
            }
            return new Options(ip, severity, comment, value);
        }

        Params params() {
            return Params.empty()
                    .with("ip", ip)
                    .with("severity", severity == null ? null : AdminAccounts.lower(severity))
                    .with("comment", comment)
                    .with("expires_in", expiresIn == null ? null : expiresIn.getSeconds());
        }
    }
}
