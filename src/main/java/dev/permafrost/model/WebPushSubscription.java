package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Web Push subscription of the current token. {@code serverKey} is the server's public VAPID
 * key; the client's auth secret is never sent back. The endpoint URL is a capability (whoever has
 * it can push to the device), so {@link #toString()} shows only its origin.
 */
public record WebPushSubscription(
        String id,
        String endpoint,
        Boolean standard,
        Map<String, Boolean> alerts,
        String serverKey,
        String policy,
        @JsonIgnore String raw) implements Entity {

    public WebPushSubscription {
        alerts = alerts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(alerts));
    }

    @Override
    public String toString() {
        return "WebPushSubscription[id=" + id + ", endpoint=" + origin(endpoint) + ", standard=" + standard
                + ", alerts=" + alerts + ", policy=" + policy + "]";
    }

    private static String origin(String url) {
        if (url == null) {
            return "null";
        }
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return path < 0 ? url : url.substring(0, path) + "/<redacted>";
    }
}
