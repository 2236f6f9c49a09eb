package dev.permafrost.sim;

import java.util.List;

/** Conversations (paged by the ID of their last status) and read markers. */
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
                .get("/api/v1/markers", Access.user("read:statuses"), this::markers);
    }

    private SimResponse markers(SimRequest request) {
        List<String> timelines = request.params.all("timeline");
        return context.json(json -> {
            json.writeStartObject();
            marker(json, timelines, "home", world.inbox.homeMarker);
            marker(json, timelines, "notifications", world.inbox.notificationsMarker);
            json.writeEndObject();
        });
    }

    private void marker(com.fasterxml.jackson.core.JsonGenerator json, List<String> asked, String name, long lastRead)
            throws java.io.IOException {
        if (lastRead < 0 || !asked.contains(name)) {
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("last_read_id", context.codec.encode(lastRead));
        json.writeNumberField("version", 1);
        json.writeStringField("updated_at", Html.dateTime(world.inbox.markerMillis));
        json.writeEndObject();
    }
}
