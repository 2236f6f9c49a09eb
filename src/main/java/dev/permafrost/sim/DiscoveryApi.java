package dev.permafrost.sim;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The discovery documents outside the REST API: WebFinger for local accounts, host-meta (XML)
 * and NodeInfo 2.0 with its discovery document.
 */
final class DiscoveryApi {
    private final SimContext context;
    private final World world;

    DiscoveryApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/.well-known/webfinger", Access.open(), this::webfinger)
                .get("/.well-known/host-meta", Access.open(), request -> SimResponse.bytes(200, "application/xrd+xml; charset=utf-8",
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
                                + "  <Link rel=\"lrdd\" template=\"" + context.baseUrl + "/.well-known/webfinger?resource={uri}\"/>\n"
                                + "</XRD>\n").getBytes(StandardCharsets.UTF_8)))
                .get("/.well-known/nodeinfo", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    json.writeStartObject();
                    json.writeArrayFieldStart("links");
                    json.writeStartObject();
                    json.writeStringField("rel", "http://nodeinfo.diaspora.software/ns/schema/2.0");
                    json.writeStringField("href", context.baseUrl + "/nodeinfo/2.0");
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                })))
                .get("/nodeinfo/2.0", Access.open(), request -> context.json(json -> {
                    json.writeStartObject();
                    json.writeStringField("version", "2.0");
                    json.writeObjectFieldStart("software");
                    json.writeStringField("name", "mastodon");
                    json.writeStringField("version", InstanceApi.VERSION);
                    json.writeEndObject();
                    InstanceApi.stringArray(json, "protocols", java.util.List.of("activitypub"));
                    json.writeObjectFieldStart("services");
                    InstanceApi.stringArray(json, "outbound", java.util.List.of());
                    InstanceApi.stringArray(json, "inbound", java.util.List.of());
                    json.writeEndObject();
                    json.writeObjectFieldStart("usage");
                    json.writeObjectFieldStart("users");
                    long local = world.social.accounts.stream().filter(AccountRow::local).count();
                    json.writeNumberField("total", local);
                    json.writeNumberField("activeMonth", local);
                    json.writeNumberField("activeHalfyear", local);
                    json.writeEndObject();
                    json.writeNumberField("localPosts", world.timelines.all.size());
                    json.writeEndObject();
                    json.writeBooleanField("openRegistrations", true);
                    json.writeObjectFieldStart("metadata");
                    json.writeStringField("nodeName", "Permafrost Sim");
                    json.writeStringField("nodeDescription", "A simulated Mastodon server.");
                    json.writeEndObject();
                    json.writeEndObject();
                }));
    }

    // Mastodon answers 400 without a resource and 404 for an account it does not host.
    private SimResponse webfinger(SimRequest request) {
        String resource = request.params.first("resource", "").trim();
        if (resource.isEmpty()) {
            throw new ApiError(400, "Bad Request");
        }
        String acct = resource.startsWith("acct:") ? resource.substring(5) : resource;
        String username;
        if (acct.startsWith(context.baseUrl + "/@")) {
            username = acct.substring(context.baseUrl.length() + 2);
        } else {
            int at = acct.indexOf('@');
            if (at < 0 || !acct.substring(at + 1).equalsIgnoreCase(context.domain())) {
                throw ApiError.notFound();
            }
            username = acct.substring(0, at);
        }
        return world.read(() -> {
            Integer index = world.social.accountByAcct.get(username.toLowerCase(Locale.ROOT));
            if (index == null || !world.social.accounts.get(index).local()) {
                throw ApiError.notFound();
            }
            AccountRow account = world.social.accounts.get(index);
            SimResponse response = SimResponse.bytes(200, "application/jrd+json; charset=utf-8", Json.write(json -> {
                json.writeStartObject();
                json.writeStringField("subject", "acct:" + account.username + "@" + context.domain());
                InstanceApi.stringArray(json, "aliases", java.util.List.of(context.accounts.url(account), context.accounts.uri(account)));
                json.writeArrayFieldStart("links");
                link(json, "http://webfinger.net/rel/profile-page", "text/html", context.accounts.url(account));
                link(json, "self", "application/activity+json", context.accounts.uri(account));
                json.writeStartObject();
                json.writeStringField("rel", "http://ostatus.org/schema/1.0/subscribe");
                json.writeStringField("template", context.baseUrl + "/authorize_interaction?uri={uri}");
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }));
            return response;
        });
    }

    private static void link(com.fasterxml.jackson.core.JsonGenerator json, String rel, String type, String href)
            throws java.io.IOException {
        json.writeStartObject();
        json.writeStringField("rel", rel);
        json.writeStringField("type", type);
        json.writeStringField("href", href);
        json.writeEndObject();
    }
}
