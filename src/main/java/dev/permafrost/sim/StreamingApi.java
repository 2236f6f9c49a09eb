package dev.permafrost.sim;

import java.nio.charset.StandardCharsets;

/**
 * The streaming API's start: {@code /api/v1/streaming/health} answers {@code OK}. It is sent
 * through the streaming response path (chunked, written as it goes), the path Server-Sent Event
 * streams will use.
 */
final class StreamingApi {
    void routes(Router router) {
        router.get("/api/v1/streaming/health", Access.open(), request ->
                SimResponse.streaming(200, "text/plain; charset=utf-8", out -> {
                    out.write("OK".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }));
    }
}
