package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import java.util.Objects;

/**
 * Read positions the user's apps share: the last status read on the home timeline and the last
 * notification read. See docs.joinmastodon.org/methods/markers.
 */
public final class Markers {
    public static final Endpoint GET = Endpoint.get("/api/v1/markers", "3.0.0");
    public static final Endpoint SAVE = Endpoint.post("/api/v1/markers", "3.0.0");

    private final Caller caller;

    public Markers(Caller caller) {
        this.caller = caller;
    }

    /** The markers of the home timeline and of notifications (null where none was ever saved). */
    public dev.permafrost.model.Markers get() {
        return caller.one(GET, GET.path(), Params.empty().with("timeline[]", "home").with("timeline[]", "notifications"),
                dev.permafrost.model.Markers.class);
    }

    /**
     * Saves read positions; a null ID leaves that marker as it is.
     *
     * @return the markers saved
     * @throws IllegalArgumentException when both IDs are null
     */
    public dev.permafrost.model.Markers save(String homeLastReadId, String notificationsLastReadId) {
        if (homeLastReadId == null && notificationsLastReadId == null) {
            throw new IllegalArgumentException("no marker to save");
        }
        Params params = Params.empty().with("home[last_read_id]", homeLastReadId)
                .with("notifications[last_read_id]", notificationsLastReadId);
        return caller.one(SAVE, SAVE.path(), params, dev.permafrost.model.Markers.class);
    }

    /** Saves the home timeline's read position. */
    public dev.permafrost.model.Markers saveHome(String lastReadId) {
        return save(Objects.requireNonNull(lastReadId, "lastReadId"), null);
    }
}
