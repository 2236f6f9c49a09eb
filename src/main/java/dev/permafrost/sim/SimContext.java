package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.function.IntPredicate;

/** What every handler needs: the world, the server's base URL, the ID codec and the renderers. */
final class SimContext {
    /** Writes the entity of one page item. */
    @FunctionalInterface
    interface ItemWriter {
        void write(JsonGenerator json, int value) throws IOException;
    }

    final World world;
    final String baseUrl;
    final IdCodec codec;
    final SimConfig config;
    final AccountJson accounts;
    final StatusJson statuses;

    SimContext(World world, String baseUrl) {
        this.world = world;
        this.baseUrl = baseUrl;
        this.codec = world.codec;
        this.config = world.config;
        this.accounts = new AccountJson(this);
        this.statuses = new StatusJson(this);
    }

    /** The host and port, as Mastodon's {@code domain}. */
    String domain() {
        return baseUrl.substring(baseUrl.indexOf("://") + 3);
    }

    /**
     * Answers one page of an index: reads the cursor, builds the page and renders it under the
     * world's read lock, and adds the Link header.
     */
    SimResponse page(SimRequest request, IdIndex index, int defaultLimit, boolean minIdSupported, IntPredicate accept,
                     ItemWriter writer) {
        Paginator.Cursor cursor = Paginator.cursor(request, codec, defaultLimit, minIdSupported);
        return world.read(() -> {
            Paginator.Page page = Paginator.page(index, cursor, accept);
            byte[] body = Json.write(json -> {
                json.writeStartArray();
                for (int i = 0; i < page.size(); i++) {
                    writer.write(json, page.values()[i]);
                }
                json.writeEndArray();
            });
            SimResponse response = SimResponse.json(body);
            Paginator.link(baseUrl, request, page, cursor, minIdSupported, codec).ifPresent(link -> response.header("Link", link));
            return response;
        });
    }

    /** Renders one value under the world's read lock. */
    SimResponse json(Json.Writer writer) {
        return world.read(() -> SimResponse.json(Json.write(writer)));
    }

    /** The account index a path parameter names, or 404. Call under the read lock. */
    int account(String id) {
        int index = world.social.account(codec.decode(id));
        if (index < 0) {
            throw ApiError.notFound();
        }
        return index;
    }

    /** The status row a path parameter names if the viewer may see it, or 404. Call under the read lock. */
    int status(String id, int viewer) {
        int row = world.timelines.row(codec.decode(id));
        if (row < 0 || !world.visibleTo(row, viewer)) {
            throw ApiError.notFound();
        }
        return row;
    }

    /** Mastodon's file path partition of an ID: 117/020/565/966/271/181. */
    static String partition(long id) {
        String digits = Long.toString(id);
        int width = Math.max(9, (digits.length() + 2) / 3 * 3);
        String padded = "0".repeat(width - digits.length()) + digits;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < padded.length(); i += 3) {
            path.append(i == 0 ? "" : "/").append(padded, i, i + 3);
        }
        return path.toString();
    }
}
