package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.OEmbed;

/** oEmbed: HTML to embed a public status elsewhere. Public. See docs.joinmastodon.org/methods/oembed. */
public final class OEmbeds {
    public static final Endpoint GET = Endpoint.get("/api/oembed", "1.0.0");

    private final Caller caller;

    public OEmbeds(Caller caller) {
        this.caller = caller;
    }

    /**
     * The oEmbed description of a status URL of this server.
     *
     * @param maxWidth the widest the embed may be, in pixels; 0 for the server's default (400)
     * @param maxHeight the tallest it may be; 0 for no limit
     */
    public OEmbed get(String statusUrl, int maxWidth, int maxHeight) {
        if (statusUrl == null || statusUrl.isBlank()) {
            throw new IllegalArgumentException("statusUrl is blank");
        }
        if (maxWidth < 0 || maxHeight < 0) {
            throw new IllegalArgumentException("maxWidth and maxHeight must be >= 0: " + maxWidth + ", " + maxHeight);
        }
        Params query = Params.empty()
                .with("url", statusUrl)
                .with("maxwidth", maxWidth > 0 ? maxWidth : null)
                .with("maxheight", maxHeight > 0 ? maxHeight : null);
        return caller.one(GET, GET.path(), query, OEmbed.class);
    }
}
