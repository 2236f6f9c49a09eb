package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.WebPushSubscription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Web Push subscription of the current token: where the server pushes notifications, and
 * which. One subscription per token; subscribing again replaces it. The subscription's keys and
 * endpoint URL are secrets: no {@code toString} here prints them. See docs.joinmastodon.org/methods/push.
 */
public final class Push {
    public static final Endpoint GET = Endpoint.get("/api/v1/push/subscription", "2.4.0");
    public static final Endpoint CREATE = Endpoint.post("/api/v1/push/subscription", "2.4.0");
    public static final Endpoint UPDATE = Endpoint.put("/api/v1/push/subscription", "2.4.0");
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/push/subscription", "2.4.0");

    private final Caller caller;

    public Push(Caller caller) {
        this.caller = caller;
    }

    /** The token's subscription; 404 when it has none. */
    public WebPushSubscription get() {
        return caller.one(GET, GET.path(), Params.empty(), WebPushSubscription.class);
    }

    /** Subscribes the token (replacing its subscription) to the alerts named. */
    public WebPushSubscription subscribe(Subscription subscription, Alerts alerts) {
        Params form = Params.empty()
                .with("subscription[endpoint]", subscription.endpoint())
                .with("subscription[keys][p256dh]", subscription.p256dh())
                .with("subscription[keys][auth]", subscription.auth())
                .with("subscription[standard]", subscription.standard() ? "true" : null)
                .with(alerts.params());
        return caller.one(CREATE, CREATE.path(), form, WebPushSubscription.class);
    }

    /** Replaces which alerts the subscription receives, and from whom. */
    public WebPushSubscription update(Alerts alerts) {
        return caller.one(UPDATE, UPDATE.path(), alerts.params(), WebPushSubscription.class);
    }

    /** Removes the token's subscription. */
    public void unsubscribe() {
        caller.empty(DELETE, DELETE.path(), Params.empty());
    }

    /**
     * Where to push, and the keys to encrypt with (RFC 8291). Its {@code toString} hides the
     * keys and the endpoint's path.
     *
     * @param endpoint the push service URL of the device (a capability: whoever has it can push)
     * @param p256dh the device's public ECDH key (P-256), Base64
     * @param auth the device's 16-byte auth secret, Base64
     * @param standard whether the device follows standard Web Push (RFC 8030, 8291, 8292; 4.4+),
     *     not the older draft
     */
    public record Subscription(String endpoint, String p256dh, String auth, boolean standard) {
        public Subscription {
            for (String[] part : new String[][] {{"endpoint", endpoint}, {"p256dh", p256dh}, {"auth", auth}}) {
                if (part[1] == null || part[1].isBlank()) {
                    throw new IllegalArgumentException(part[0] + " is blank");
                }
            }
        }

        @Override
        public String toString() {
            int scheme = endpoint.indexOf("://");
            int path = scheme < 0 ? -1 : endpoint.indexOf('/', scheme + 3);
            String origin = path < 0 ? endpoint : endpoint.substring(0, path) + "/<redacted>";
            return "Subscription[endpoint=" + origin + ", p256dh=<redacted>, auth=<redacted>, standard=" + standard + "]";
        }
    }

    /** From whom to push notifications. */
    public enum Policy {
        ALL, FOLLOWED, FOLLOWER, NONE;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Which notification types to push, and from whom. Types left out are not pushed.
     *
     * @param types notification types such as {@code mention}, {@code follow}, {@code admin.sign_up}
     */
    public record Alerts(Set<String> types, Policy policy) {
        /** The types of notification a user can have pushed. */
        public static final List<String> USER_TYPES = List.of("mention", "quote", "status", "reblog", "follow",
                "follow_request", "favourite", "poll", "update", "quoted_update");

        public Alerts {
            types = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(types, "types")));
            Objects.requireNonNull(policy, "policy");
        }

        /** These types, from everyone. */
        public static Alerts of(String... types) {
            return new Alerts(new LinkedHashSet<>(List.of(types)), Policy.ALL);
        }

        /** The same types from other senders. */
        public Alerts from(Policy senders) {
            return new Alerts(types, senders);
        }

        Params params() {
            Params params = Params.empty();
            for (String type : types) {
                params = params.with("data[alerts][" + type + "]", "true");
            }
            return params.with("data[policy]", policy.value());
        }
    }
}
