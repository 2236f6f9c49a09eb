package dev.permafrost.sim;

import java.util.List;

/**
 * Conversations (paged by the ID of their last status; marked read or unread, removed) and read
 * markers (read and saved).
 */
final class InboxApi {
    private final SimContext context;
    private final World world;

    InboxApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.get("/api/v1/conversations", Access.user("read:statuses"), request ->
                        context.page(request, world.inbox.conversationIndex, 20, true, position -> true,
                                (json, position) -> EntityJson.conversation(json, context, world.inbox.conversations.get(position))))
                .get("/api/v1/markers", Access.user("read:statuses"), this::markers)
                .post("/api/v1/markers", Access.user("write:statuses"), this::saveMarkers)
                .post("/api/v1/conversations/:id/read", Access.user("write:conversations"), request -> markConversation(request, false))
                .post("/api/v1/conversations/:id/unread", Access.user("write:conversations"), request -> markConversation(request, true))
                .add("DELETE", "/api/v1/conversations/:id", Access.user("write:conversations"), request -> world.write(() -> {
                    Inbox.Conversation conversation = conversation(request);
                    world.inbox.conversationIndex.remove(world.timelines.rows.id(conversation.lastStatusRow()));
                    return SimResponse.json(Json.write(json -> {
                        json.writeStartObject();
                        json.writeEndObject();
                    }));
                }));
    }

    /** A conversation still listed, by its ID, or 404. Call under the lock. */
    private Inbox.Conversation conversation(SimRequest request) {
        long id = context.codec.decode(request.path("id"));
        for (int i = 0; i < world.inbox.conversationIndex.size(); i++) {
            Inbox.Conversation conversation = world.inbox.conversations.get(world.inbox.conversationIndex.value(i));
            if (conversation.id() == id) {
                return conversation;
            }
        }
        throw ApiError.notFound();
    }

    private SimResponse markConversation(SimRequest request, boolean unread) {
        return world.write(() -> {
            Inbox.Conversation old = conversation(request);
            Inbox.Conversation changed = new Inbox.Conversation(old.id(), old.account(), old.lastStatusRow(), unread);
            world.inbox.conversations.set(world.inbox.conversations.indexOf(old), changed);
            return SimResponse.json(Json.write(json -> EntityJson.conversation(json, context, changed)));
        });
    }

    /** Saves {@code home[last_read_id]} and {@code notifications[last_read_id]}; answers the markers saved. */
    private SimResponse saveMarkers(SimRequest request) {
        java.util.Optional<String> home = request.params.first("home[last_read_id]");
        java.util.Optional<String> notifications = request.params.first("notifications[last_read_id]");
        if (home.isEmpty() && notifications.isEmpty()) {
            throw new ApiError(400, "param is missing or the value is empty: home or notifications");
        }
        return world.write(() -> {
            Inbox inbox = world.inbox;
            inbox.markerMillis = System.currentTimeMillis();
            List<String> saved = new java.util.ArrayList<>();
            home.ifPresent(id -> {
                inbox.homeMarker = context.codec.decode(id);
                inbox.homeMarkerVersion++;
                saved.add("home");
            });
            notifications.ifPresent(id -> {
                inbox.notificationsMarker = context.codec.decode(id);
                inbox.notificationsMarkerVersion++;
                saved.add("notifications");
            });
            return SimResponse.json(Json.write(json -> {
                json.writeStartObject();
                marker(json, saved, "home", inbox.homeMarker, inbox.homeMarkerVersion);
                marker(json, saved, "notifications", inbox.notificationsMarker, inbox.notificationsMarkerVersion);
                json.writeEndObject();
            }));
        });
    }

    private SimResponse markers(SimRequest request) {
        List<String> timelines = request.params.all("timeline");
        return context.json(json -> {
            json.writeStartObject();
            marker(json, timelines, "home", world.inbox.homeMarker, world.inbox.homeMarkerVersion);
            marker(json, timelines, "notifications", world.inbox.notificationsMarker, world.inbox.notificationsMarkerVersion);
            json.writeEndObject();
        });
    }

    private void marker(com.fasterxml.jackson.core.JsonGenerator json, List<String> asked, String name, long lastRead,
                        int version) throws java.io.IOException {
        if (lastRead < 0 || !asked.contains(name)) {
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("last_read_id", context.codec.encode(lastRead));
        json.writeNumberField("version", version);
        json.writeStringField("updated_at", Html.dateTime(world.inbox.markerMillis));
        json.writeEndObject();
    }
}
