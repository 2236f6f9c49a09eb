package dev.permafrost.sim;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Changing scheduled statuses: {@code PUT} moves one (at least 5 minutes ahead, as Mastodon
 * requires), {@code DELETE} cancels it. Listing and reading them is in {@link MiscApi}.
 */
final class ScheduledStatusesApi {
    private final SimContext context;
    private final World world;

    ScheduledStatusesApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.add("PUT", "/api/v1/scheduled_statuses/:id", Access.user("write:statuses"), this::reschedule)
                .add("DELETE", "/api/v1/scheduled_statuses/:id", Access.user("write:statuses"), request -> world.write(() -> {
                    long id = context.codec.decode(request.path("id"));
                    if (!world.extras.scheduledIndex.remove(id)) {
                        throw ApiError.notFound();
                    }
                    return SimResponse.json(Json.write(json -> {
                        json.writeStartObject();
                        json.writeEndObject();
                    }));
                }));
    }

    private SimResponse reschedule(SimRequest request) {
        Instant at;
        try {
            at = Instant.parse(request.params.first("scheduled_at", ""));
        } catch (DateTimeParseException e) {
            throw ApiError.validation("Scheduled at is invalid");
        }
        if (at.isBefore(Instant.now().plusSeconds(300))) {
            throw ApiError.validation("Scheduled at The scheduled date must be in the future");
        }
        return world.write(() -> {
            int position = world.extras.scheduledIndex.get(context.codec.decode(request.path("id")));
            if (position < 0) {
                throw ApiError.notFound();
            }
            Extras.Scheduled old = world.extras.scheduled.get(position);
            Extras.Scheduled moved = new Extras.Scheduled(old.id(), at.toEpochMilli(), old.text(), old.visibility());
            world.extras.scheduled.set(position, moved);
            return SimResponse.json(Json.write(json -> EntityJson.scheduled(json, context, moved)));
        });
    }
}
