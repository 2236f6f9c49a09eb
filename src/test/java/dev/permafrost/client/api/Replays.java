package dev.permafrost.client.api;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.http.RetryPolicy;
import dev.permafrost.model.Cassettes;

/** Clients of a {@link ReplayServer} and the recorded exchanges they replay, for the resource groups' tests. */
final class Replays {
    private Replays() {}

    /** A client of the replay server whose version probe finds Mastodon 4.6.4 (the recordings' server). */
    static Mastodon client(ReplayServer server) {
        server.answer("GET", "/api/v2/instance", 200, "{\"domain\":\"localhost:3000\",\"version\":\"4.6.4\"}");
        return Mastodon.builder().instance(server.baseUri().toString()).accessToken("test-token")
                .retryPolicy(RetryPolicy.none()).build();
    }

    /** The first recorded exchange of a method and path in a cassette. */
    static Cassettes.Interaction recorded(String cassette, String method, String path) {
        return Cassettes.load(cassette).find(method, path).get(0);
    }
}
