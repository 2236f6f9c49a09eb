package dev.permafrost.sim;

import java.util.Optional;

/**
 * Admin endpoints of the server-wide block lists: domain blocks (which silence or suspend the
 * accounts of the domain), domain allows, canonical email blocks, email domain blocks and IP
 * blocks, with Mastodon's validations.
 */
final class AdminBlocksApi {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final SimContext context;
    private final World world;
    private final Blocklists lists;

    AdminBlocksApi(SimContext context) {
        this.context = context;
        this.world = context.world;
        this.lists = context.world.blocklists;
    }

    void routes(Router router) {
        domainBlocks(router);
        domainAllows(router);
        canonicalEmailBlocks(router);
        emailDomainBlocks(router);
        ipBlocks(router);
    }

    private void domainBlocks(Router router) {
        Access read = Access.admin("admin:read:domain_blocks");
        Access write = Access.admin("admin:write:domain_blocks");
        router.get("/api/v1/admin/domain_blocks", read, request -> page(request, lists.domainBlocks,
                        (json, block) -> AdminJson.domainBlock(json, context, block)))
                .post("/api/v1/admin/domain_blocks", write, this::createDomainBlock)
                .get("/api/v1/admin/domain_blocks/:id", read, request -> context.json(json ->
                        AdminJson.domainBlock(json, context, lists.domainBlocks.get(id(request)))))
                .add("PUT", "/api/v1/admin/domain_blocks/:id", write, this::updateDomainBlock)
                .add("DELETE", "/api/v1/admin/domain_blocks/:id", write, request -> world.write(() -> {
                    Blocklists.DomainBlock block = lists.domainBlocks.get(id(request));
                    lists.domainBlocks.remove(block.id());
                    world.moderation.liftDomainBlock(world.social.accounts, block.domain());
                    return SimResponse.json(EMPTY_OBJECT);
                }));
    }

    private SimResponse createDomainBlock(SimRequest request) {
        Params params = request.params;
        String domain = Blocklists.domain(params.first("domain").orElse(null));
        String severity = severity(params.first("severity").orElse("silence"));
        return world.write(() -> {
            Optional<Blocklists.DomainBlock> existing = lists.ruleFor(domain);
            if (existing.isPresent()) {
                return SimResponse.json(422, Json.write(json -> {
                    json.writeStartObject();
                    json.writeStringField("error", "You have already imposed stricter limits on " + existing.get().domain() + ".");
                    json.writeFieldName("existing_domain_block");
                    AdminJson.domainBlock(json, context, existing.get());
                    json.writeEndObject();
                }));
            }
            Blocklists.DomainBlock block = lists.domainBlocks.add(new Blocklists.DomainBlock(lists.domainBlocks.nextId(),
                    domain, now(), severity, params.bool("reject_media"), params.bool("reject_reports"),
                    params.first("private_comment").orElse(null), params.first("public_comment").orElse(null),
                    params.bool("obfuscate")));
            world.moderation.applyDomainBlock(world.social.accounts, domain, severity);
            return SimResponse.json(Json.write(json -> AdminJson.domainBlock(json, context, block)));
        });
    }

    private SimResponse updateDomainBlock(SimRequest request) {
        Params params = request.params;
        return world.write(() -> {
            Blocklists.DomainBlock old = lists.domainBlocks.get(id(request));
            Blocklists.DomainBlock block = new Blocklists.DomainBlock(old.id(), old.domain(), old.createdMillis(),
                    params.first("severity").map(AdminBlocksApi::severity).orElse(old.severity()),
                    params.has("reject_media") ? params.bool("reject_media") : old.rejectMedia(),
                    params.has("reject_reports") ? params.bool("reject_reports") : old.rejectReports(),
                    params.first("private_comment").orElse(old.privateComment()),
                    params.first("public_comment").orElse(old.publicComment()),
                    params.has("obfuscate") ? params.bool("obfuscate") : old.obfuscate());
            lists.domainBlocks.set(block.id(), block);
            world.moderation.applyDomainBlock(world.social.accounts, block.domain(), block.severity());
            return SimResponse.json(Json.write(json -> AdminJson.domainBlock(json, context, block)));
        });
    }

    private static String severity(String value) {
        if (!Blocklists.DOMAIN_SEVERITIES.contains(value)) {
            throw ApiError.validation("Severity is not included in the list");
        }
        return value;
    }

    private void domainAllows(Router router) {
        Access read = Access.admin("admin:read:domain_allows");
        Access write = Access.admin("admin:write:domain_allows");
        router.get("/api/v1/admin/domain_allows", read, request -> page(request, lists.domainAllows,
                        (json, allow) -> AdminJson.domainAllow(json, context, allow)))
                .post("/api/v1/admin/domain_allows", write, request -> {
                    String domain = Blocklists.domain(request.params.first("domain").orElse(null));
                    return world.write(() -> {
                        Blocklists.DomainAllow allow = lists.domainAllows.find(a -> a.domain().equals(domain))
                                .orElseGet(() -> lists.domainAllows.add(
                                        new Blocklists.DomainAllow(lists.domainAllows.nextId(), domain, now())));
                        return SimResponse.json(Json.write(json -> AdminJson.domainAllow(json, context, allow)));
                    });
                })
                .get("/api/v1/admin/domain_allows/:id", read, request -> context.json(json ->
                        AdminJson.domainAllow(json, context, lists.domainAllows.get(id(request)))))
                .add("DELETE", "/api/v1/admin/domain_allows/:id", write, request -> remove(request, lists.domainAllows));
    }

    private void canonicalEmailBlocks(Router router) {
        Access read = Access.admin("admin:read:canonical_email_blocks");
        Access write = Access.admin("admin:write:canonical_email_blocks");
        router.get("/api/v1/admin/canonical_email_blocks", read, request -> page(request, lists.canonicalEmailBlocks,
                        (json, block) -> AdminJson.canonicalEmailBlock(json, context, block)))
                .post("/api/v1/admin/canonical_email_blocks", write, this::createCanonicalEmailBlock)
                .get("/api/v1/admin/canonical_email_blocks/:id", read, request -> context.json(json ->
                        AdminJson.canonicalEmailBlock(json, context, lists.canonicalEmailBlocks.get(id(request)))))
                .add("DELETE", "/api/v1/admin/canonical_email_blocks/:id", write,
                        request -> remove(request, lists.canonicalEmailBlocks))
                .post("/api/v1/admin/canonical_email_blocks/test", read, request -> {
                    String email = request.params.first("email").orElse("");
                    return context.json(json -> {
                        json.writeStartArray();
                        for (Blocklists.CanonicalEmailBlock block : lists.matching(email)) {
                            AdminJson.canonicalEmailBlock(json, context, block);
                        }
                        json.writeEndArray();
                    });
                });
    }

    private SimResponse createCanonicalEmailBlock(SimRequest request) {
        String hash = request.params.first("email").filter(email -> !email.isBlank())
                .map(email -> Blocklists.sha256(Blocklists.canonicalEmail(email)))
                .orElse(request.params.first("canonical_email_hash").orElse("").trim().toLowerCase(java.util.Locale.ROOT));
        if (hash.isEmpty()) {
            throw ApiError.validation("Canonical email hash can't be blank");
        }
        return world.write(() -> {
            if (lists.canonicalEmailBlocks.find(block -> block.hash().equals(hash)).isPresent()) {
                throw ApiError.validation("Canonical email hash has already been taken");
            }
            Blocklists.CanonicalEmailBlock block = lists.canonicalEmailBlocks.add(
                    new Blocklists.CanonicalEmailBlock(lists.canonicalEmailBlocks.nextId(), hash));
            return SimResponse.json(Json.write(json -> AdminJson.canonicalEmailBlock(json, context, block)));
        });
    }

    private void emailDomainBlocks(Router router) {
        Access read = Access.admin("admin:read:email_domain_blocks");
        Access write = Access.admin("admin:write:email_domain_blocks");
        router.get("/api/v1/admin/email_domain_blocks", read, request -> page(request, lists.emailDomainBlocks,
                        (json, block) -> AdminJson.emailDomainBlock(json, context, block)))
                .post("/api/v1/admin/email_domain_blocks", write, request -> {
                    String domain = Blocklists.domain(request.params.first("domain").orElse(null));
                    boolean approval = request.params.bool("allow_with_approval");
                    return world.write(() -> {
                        if (lists.emailDomainBlocks.find(block -> block.domain().equals(domain)).isPresent()) {
                            throw ApiError.validation("Domain has already been taken");
                        }
                        Blocklists.EmailDomainBlock block = lists.emailDomainBlocks.add(new Blocklists.EmailDomainBlock(
                                lists.emailDomainBlocks.nextId(), domain, now(), approval));
                        return SimResponse.json(Json.write(json -> AdminJson.emailDomainBlock(json, context, block)));
                    });
                })
                .get("/api/v1/admin/email_domain_blocks/:id", read, request -> context.json(json ->
                        AdminJson.emailDomainBlock(json, context, lists.emailDomainBlocks.get(id(request)))))
                .add("DELETE", "/api/v1/admin/email_domain_blocks/:id", write,
                        request -> remove(request, lists.emailDomainBlocks));
    }

    private void ipBlocks(Router router) {
        Access read = Access.admin("admin:read:ip_blocks");
        Access write = Access.admin("admin:write:ip_blocks");
        router.get("/api/v1/admin/ip_blocks", read, request -> page(request, lists.ipBlocks,
                        (json, block) -> AdminJson.ipBlock(json, context, block)))
                .post("/api/v1/admin/ip_blocks", write, request -> saveIpBlock(request, null))
                .get("/api/v1/admin/ip_blocks/:id", read, request -> context.json(json ->
                        AdminJson.ipBlock(json, context, lists.ipBlocks.get(id(request)))))
                .add("PUT", "/api/v1/admin/ip_blocks/:id", write, request -> saveIpBlock(request, id(request)))
                .add("DELETE", "/api/v1/admin/ip_blocks/:id", write, request -> remove(request, lists.ipBlocks));
    }

    /** Creates an IP block ({@code id} null) or changes one with the parameters given. */
    private SimResponse saveIpBlock(SimRequest request, Long id) {
        Params params = request.params;
        return world.write(() -> {
            Blocklists.IpBlock old = id == null ? null : lists.ipBlocks.get(id);
            String ip = params.first("ip").map(Blocklists::network).orElse(old == null ? null : old.ip());
            String severity = params.first("severity").orElse(old == null ? null : old.severity());
            if (ip == null) {
                throw ApiError.validation("Ip can't be blank");
            }
            if (severity == null || !Blocklists.IP_SEVERITIES.contains(severity)) {
                throw ApiError.validation("Severity is not included in the list");
            }
            long blockId = old == null ? lists.ipBlocks.nextId() : old.id();
            if (lists.ipBlocks.find(block -> block.ip().equals(ip) && block.id() != blockId).isPresent()) {
                throw ApiError.validation("Ip has already been taken");
            }
            long created = old == null ? now() : old.createdMillis();
            long expires = params.first("expires_in").map(AdminBlocksApi::seconds).map(s -> now() + s * 1000)
                    .orElse(old == null ? -1 : old.expiresMillis());
            Blocklists.IpBlock block = new Blocklists.IpBlock(blockId, ip, severity,
                    params.first("comment").orElse(old == null ? "" : old.comment()), created, expires);
            if (old == null) {
                lists.ipBlocks.add(block);
            } else {
                lists.ipBlocks.set(blockId, block);
            }
            return SimResponse.json(Json.write(json -> AdminJson.ipBlock(json, context, block)));
        });
    }

    private static long seconds(String text) {
        try {
            long seconds = Long.parseLong(text.trim());
            if (seconds < 1) {
                throw ApiError.validation("Expires in must be greater than 0");
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw ApiError.validation("Expires in is not a number");
        }
    }

    /** Renders one entry. */
    @FunctionalInterface
    private interface RowWriter<T> {
        void write(com.fasterxml.jackson.core.JsonGenerator json, T row) throws java.io.IOException;
    }

    private <T> SimResponse page(SimRequest request, Blocklists.Table<T> table, RowWriter<T> writer) {
        return context.page(request, table.index, 100, true, position -> true,
                (json, position) -> writer.write(json, table.at(position)));
    }

    private SimResponse remove(SimRequest request, Blocklists.Table<?> table) {
        return world.write(() -> {
            table.remove(id(request));
            return SimResponse.json(EMPTY_OBJECT);
        });
    }

    private long id(SimRequest request) {
        long id = context.codec.decode(request.path("id"));
        if (id < 0) {
            throw ApiError.notFound();
        }
        return id;
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
