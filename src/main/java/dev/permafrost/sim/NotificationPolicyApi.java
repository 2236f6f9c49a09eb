package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The notification policy of the main user: v2 (accept, filter or drop per kind of sender) and
 * the boolean v1 shape of the 4.3 pre-releases (true = filter). The sim keeps the policy but
 * filters nothing, so its summary counts are zero.
 */
final class NotificationPolicyApi {
    private static final Set<String> ACTIONS = Set.of("accept", "filter", "drop");

    private final World world;

    NotificationPolicyApi(SimContext context) {
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v2/notifications/policy", Access.user("read:notifications"), request -> world.read(this::v2))
                .add("PATCH", "/api/v2/notifications/policy", Access.user("write:notifications"), request -> world.write(() -> {
                    Map<String, String> policy = world.inbox.policy;
                    for (String kind : policy.keySet()) {
                        String action = request.params.first(kind).orElse(null);
                        if (action != null && !ACTIONS.contains(action)) {
                            throw ApiError.validation(kind + " is not included in the list");
                        }
                    }
                    policy.replaceAll((kind, old) -> request.params.first(kind, old));
                    return v2();
                }))
                .get("/api/v1/notifications/policy", Access.user("read:notifications"), request -> world.read(this::v1))
                .add("PATCH", "/api/v1/notifications/policy", Access.user("write:notifications"), request -> world.write(() -> {
                    for (String kind : new String[] {"not_following", "not_followers", "new_accounts", "private_mentions"}) {
                        if (request.params.has("filter_" + kind)) {
                            world.inbox.policy.put("for_" + kind, request.params.bool("filter_" + kind) ? "filter" : "accept");
                        }
                    }
                    return v1();
                }));
    }

    private SimResponse v2() {
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, String> entry : world.inbox.policy.entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            summary(json);
            json.writeEndObject();
        }));
    }

    private SimResponse v1() {
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            for (String kind : new String[] {"not_following", "not_followers", "new_accounts", "private_mentions"}) {
                json.writeBooleanField("filter_" + kind, !world.inbox.policy.get("for_" + kind).equals("accept"));
            }
            summary(json);
            json.writeEndObject();
        }));
    }

    private static void summary(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("pending_requests_count", 0);
        json.writeNumberField("pending_notifications_count", 0);
        json.writeEndObject();
    }
}
