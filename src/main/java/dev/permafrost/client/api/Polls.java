package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.Poll;
import java.util.List;

/** Polls attached to statuses: reading one, voting. See docs.joinmastodon.org/methods/polls. */
public final class Polls {
    public static final Endpoint GET = Endpoint.get("/api/v1/polls/:id", "2.8.0");
    public static final Endpoint VOTE = Endpoint.post("/api/v1/polls/:id/votes", "2.8.0");

    private final Caller caller;

    public Polls(Caller caller) {
        this.caller = caller;
    }

    /** One poll, with the user's own votes when a token is given. */
    public Poll get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Poll.class);
    }

    /**
     * Votes in a poll, once: by the indexes of the chosen options (several only in a multiple-choice poll).
     *
     * @return the poll with the vote counted
     */
    public Poll vote(String id, List<Integer> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a vote needs at least one choice");
        }
        for (int choice : choices) {
            if (choice < 0) {
                throw new IllegalArgumentException("choice < 0: " + choice);
            }
        }
        return caller.one(VOTE, VOTE.path(id), Params.empty().withAll("choices[]", choices), Poll.class);
    }
}
