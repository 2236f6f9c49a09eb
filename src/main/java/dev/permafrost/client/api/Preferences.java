package dev.permafrost.client.api;

import dev.permafrost.client.Params;

/** The user's preferences (default visibility, language, media display). See docs.joinmastodon.org/methods/preferences. */
public final class Preferences {
    public static final Endpoint GET = Endpoint.get("/api/v1/preferences", "2.8.0");

    private final Caller caller;

    public Preferences(Caller caller) {
        this.caller = caller;
    }

    public dev.permafrost.model.Preferences get() {
        return caller.one(GET, GET.path(), Params.empty(), dev.permafrost.model.Preferences.class);
    }
}
