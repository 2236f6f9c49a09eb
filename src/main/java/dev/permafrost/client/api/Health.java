package dev.permafrost.client.api;

import dev.permafrost.client.Params;

/** Whether the web server is up: {@code GET /health}, which answers in plain text, outside the API. */
public final class Health {
    public static final Endpoint CHECK = Endpoint.get("/health", "3.0.0");

    private final Caller caller;

    public Health(Caller caller) {
        this.caller = caller;
    }

    /**
     * What the health check says ({@code OK} when healthy).
     *
     * @throws dev.permafrost.client.ServerErrorException when the server answers 5xx (unhealthy)
     */
    public String check() {
        return caller.text(CHECK, CHECK.path(), Params.empty()).trim();
    }
}
