package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.CustomEmoji;
import java.util.List;

/** The server's custom emoji. Public. See docs.joinmastodon.org/methods/custom_emojis. */
public final class CustomEmojis {
    public static final Endpoint LIST = Endpoint.get("/api/v1/custom_emojis", "2.0.0");

    private final Caller caller;

    public CustomEmojis(Caller caller) {
        this.caller = caller;
    }

    /** Every custom emoji the server offers. */
    public List<CustomEmoji> list() {
        return caller.list(LIST, LIST.path(), Params.empty(), CustomEmoji.class);
    }
}
