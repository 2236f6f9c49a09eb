package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.NodeInfo;
import dev.permafrost.model.NodeInfoLinks;
import dev.permafrost.model.WebFinger;

/**
 * The discovery documents outside the REST API, which any fediverse server offers: WebFinger
 * (finding an account's actor), host-meta, and NodeInfo (which software and version a server
 * runs, before calling its API). Public.
 */
public final class Discovery {
    public static final Endpoint WEBFINGER = Endpoint.get("/.well-known/webfinger", "0.0.0");
    public static final Endpoint HOST_META = Endpoint.get("/.well-known/host-meta", "0.0.0");
    public static final Endpoint NODEINFO_LINKS = Endpoint.get("/.well-known/nodeinfo", "0.0.0");
    public static final Endpoint NODEINFO = Endpoint.get("/nodeinfo/2.0", "0.0.0");

    private final Caller caller;

    public Discovery(Caller caller) {
        this.caller = caller;
    }

    /**
     * The WebFinger descriptor of an account: {@code user@domain} (with or without a leading
     * {@code @} or {@code acct:}), or the URL of its profile or actor.
     */
    public WebFinger webFinger(String account) {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("account is blank");
        }
        String trimmed = account.trim();
        String resource = trimmed.startsWith("acct:") || trimmed.contains("://") ? trimmed
                : "acct:" + (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed);
        return caller.one(WEBFINGER, WEBFINGER.path(), Params.empty().with("resource", resource), WebFinger.class);
    }

    /** The host-meta XRD document, which points to the WebFinger template; XML, as text. */
    public String hostMeta() {
        return caller.text(HOST_META, HOST_META.path(), Params.empty());
    }

    /** Where the server's NodeInfo documents are, by schema version. */
    public NodeInfoLinks nodeInfoLinks() {
        return caller.one(NODEINFO_LINKS, NODEINFO_LINKS.path(), Params.empty(), NodeInfoLinks.class);
    }

    /** The NodeInfo 2.0 document: software name and version, usage, open registrations. */
    public NodeInfo nodeInfo() {
        return caller.one(NODEINFO, NODEINFO.path(), Params.empty(), NodeInfo.class);
    }
}
