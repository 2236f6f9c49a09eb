package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Voting in polls ({@code POST /api/v1/polls/:id/votes}) with Mastodon's checks: an open poll,
 * one vote per user, valid choices, one choice unless the poll allows several. Reading a poll is
 * in {@link MiscApi}. Votes are kept for the main user only.
 */
final class PollsApi {
    private final SimContext context;
    private final World world;

    PollsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.post("/api/v1/polls/:id/votes", Access.user("write:statuses"), this::vote);
    }

    private SimResponse vote(SimRequest request) {
        if (request.viewer() != 0) {
            throw new ApiError(422, "The sim keeps the votes of its main user only; use World.userToken()");
        }
        List<Integer> choices = new ArrayList<>();
        for (String choice : request.params.all("choices")) {
            try {
                choices.add(Integer.parseInt(choice.trim()));
            } catch (NumberFormatException e) {
                throw ApiError.validation("Votes choice is not a number");
            }
        }
        if (choices.isEmpty()) {
            throw new ApiError(400, "param is missing or the value is empty: choices");
        }
        return world.write(() -> {
            long row = context.codec.decode(request.path("id")) - 1;
            StatusTable rows = world.timelines.rows;
            if (row < 0 || row >= rows.size() || !rows.has((int) row, StatusTable.POLL)
                    || rows.has((int) row, StatusTable.DELETED) || !world.visibleTo((int) row, 0)) {
                throw ApiError.notFound();
            }
            int status = (int) row;
            if (context.statuses.pollExpiresMillis(status) < System.currentTimeMillis()) {
                throw ApiError.validation("The poll has already ended");
            }
            if (world.social.pollVotes.containsKey(status)) {
                throw ApiError.validation("You have already voted on this poll");
            }
            int options = context.statuses.pollOptionCount(status);
            for (int choice : choices) {
                if (choice < 0 || choice >= options) {
                    throw ApiError.validation("Votes choice is not a valid option");
                }
            }
            List<Integer> distinct = new ArrayList<>(new LinkedHashSet<>(choices));
            if (distinct.size() > 1 && !context.statuses.pollMultiple(status)) {
                throw ApiError.validation("The poll allows only one choice");
            }
            world.social.pollVotes.put(status, List.copyOf(distinct));
            return SimResponse.json(Json.write(json -> context.statuses.poll(json, status, 0)));
        });
    }
}
