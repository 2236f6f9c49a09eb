package dev.permafrost.client.api.admin;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.AdminDomainBlock;
import java.util.Objects;

/**
 * Federation limits on whole domains (silence, suspend, or only media and report rejection). See
 * docs.joinmastodon.org/methods/admin/domain_blocks. Needs {@code admin:read:domain_blocks} or
 * {@code admin:write:domain_blocks}.
 */
public final class AdminDomainBlocks {
    public static final Endpoint LIST = Endpoint.get("/api/v1/admin/domain_blocks", "4.0.0").paged(Paging.ID, 100, 200);
    public static final Endpoint CREATE = Endpoint.post("/api/v1/admin/domain_blocks", "4.0.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/admin/domain_blocks/:id", "4.0.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/admin/domain_blocks/:id", "4.0.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/admin/domain_blocks/:id", "4.0.0");

    private static final String READ = "admin:read:domain_blocks";
    private static final String WRITE = "admin:write:domain_blocks";

    private final AdminCaller caller;

    AdminDomainBlocks(AdminCaller caller) {
        this.caller = caller;
    }

    /** Every domain block, newest first. */
    public Page<AdminDomainBlock> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), READ, AdminDomainBlock.class);
    }

    /**
     * Blocks a domain. The server answers 422 when the domain (or a parent domain) is already
     * blocked.
     */
    public AdminDomainBlock create(String domain, Options options) {
        Objects.requireNonNull(domain, "domain");
        return caller.one(CREATE, CREATE.path(), Params.empty().with("domain", domain).with(options.params()), WRITE,
                AdminDomainBlock.class);
    }

    /** One domain block. */
    public AdminDomainBlock get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), READ, AdminDomainBlock.class);
    }

    /** Changes a domain block; options left null keep their value. */
    public AdminDomainBlock update(String id, Options options) {
        return caller.one(UPDATE, UPDATE.path(id), options.params(), WRITE, AdminDomainBlock.class);
    }

    /** Lifts a domain block. */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty(), WRITE);
    }

    /** How hard a domain is limited. */
    public enum Severity {
        /** Posts hidden from non-followers. */
        SILENCE,
        /** No federation at all. */
        SUSPEND,
        /** Nothing beyond the media and report options. */
        NOOP
    }

    /**
     * The settings of a domain block; each null is left out (the server's default on create,
     * unchanged on update). {@code Options.DEFAULTS.severity(Severity.SUSPEND).publicComment("spam")}.
     *
     * @param obfuscate show the domain partly hidden in the public list of blocks
     */
    public record Options(Severity severity, Boolean rejectMedia, Boolean rejectReports, String privateComment,
                          String publicComment, Boolean obfuscate) {
        public static final Options DEFAULTS = new Options(null, null, null, null, null, null);

        public Options severity(Severity value) {
            return new Options(value, rejectMedia, rejectReports, privateComment, publicComment, obfuscate);
        }

        public Options rejectMedia(boolean value) {
            return new Options(severity, value, rejectReports, privateComment, publicComment, obfuscate);
        }

        public Options rejectReports(boolean value) {
            return new Options(severity, rejectMedia, value, privateComment, publicComment, obfuscate);
        }

        public Options privateComment(String value) {
            return new Options(severity, rejectMedia, rejectReports, value, publicComment, obfuscate);
        }

        public Options publicComment(String value) {
            return new Options(severity, rejectMedia, rejectReports, privateComment, value, obfuscate);
        }

        public Options obfuscate(boolean value) {
            return new Options(severity, rejectMedia, rejectReports, privateComment, publicComment, value);
        }

        Params params() {
            return Params.empty()
                    .with("severity", severity == null ? null : AdminAccounts.lower(severity))
                    .with("reject_media", rejectMedia)
                    .with("reject_reports", rejectReports)
                    .with("private_comment", privateComment)
                    .with("public_comment", publicComment)
                    .with("obfuscate", obfuscate);
        }
    }
}
