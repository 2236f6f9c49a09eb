package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.Announcement;
import java.util.List;

/** Announcements by the server's staff, and the user's reactions to them. See docs.joinmastodon.org/methods/announcements. */
public final class Announcements {
    public static final Endpoint LIST = Endpoint.get("/api/v1/announcements", "3.1.0");
    public static final Endpoint DISMISS = Endpoint.post("/api/v1/announcements/:id/dismiss", "3.1.0");
    public static final Endpoint ADD_REACTION = Endpoint.put("/api/v1/announcements/:id/reactions/:name", "3.1.0");
    public static final Endpoint REMOVE_REACTION = Endpoint.delete("/api/v1/announcements/:id/reactions/:name", "3.1.0");

    private final Caller caller;

    public Announcements(Caller caller) {
        this.caller = caller;
    }

    /** The current announcements; with {@code withDismissed}, those the user dismissed too. */
    public List<Announcement> list(boolean withDismissed) {
        return caller.list(LIST, LIST.path(), Params.empty().with("with_dismissed", withDismissed ? "true" : null),
                Announcement.class);
    }

    /** Marks an announcement as read. */
    public void dismiss(String id) {
        caller.empty(DISMISS, DISMISS.path(id), Params.empty());
    }

    /** Reacts with an emoji: a Unicode emoji, or a custom emoji's shortcode without colons. */
    public void addReaction(String id, String emoji) {
        caller.empty(ADD_REACTION, ADD_REACTION.path(id, emoji), Params.empty());
    }

    /** Takes a reaction back. */
    public void removeReaction(String id, String emoji) {
        caller.empty(REMOVE_REACTION, REMOVE_REACTION.path(id, emoji), Params.empty());
    }
}
