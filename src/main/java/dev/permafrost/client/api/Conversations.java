package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Conversation;

/** Direct-message conversations. See docs.joinmastodon.org/methods/conversations. */
public final class Conversations {
    public static final Endpoint LIST = Endpoint.get("/api/v1/conversations", "2.6.0").paged(Paging.LINK, 20, 40);
    public static final Endpoint DELETE = Endpoint.delete("/api/v1/conversations/:id", "2.6.0");
    public static final Endpoint READ = Endpoint.post("/api/v1/conversations/:id/read", "2.6.0");
    /** Undocumented; in Mastodon's routes for years, the version that added it is unknown. */
    public static final Endpoint UNREAD = Endpoint.post("/api/v1/conversations/:id/unread", "0.0.0");

    private final Caller caller;

    public Conversations(Caller caller) {
        this.caller = caller;
    }

    /** Conversations, most recently active first; cursors are the IDs of their last statuses. */
    public Page<Conversation> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Conversation.class);
    }

    /** Removes a conversation from the list (its statuses stay). */
    public void delete(String id) {
        caller.empty(DELETE, DELETE.path(id), Params.empty());
    }

    public Conversation markRead(String id) {
        return caller.one(READ, READ.path(id), Params.empty(), Conversation.class);
    }

    public Conversation markUnread(String id) {
        return caller.one(UNREAD, UNREAD.path(id), Params.empty(), Conversation.class);
    }
}
