package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Direction;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Conversation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversations against the simulator. */
class ConversationsTest {
    private SimHarness sim;
    private Conversations conversations;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        conversations = sim.mastodon.conversations();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private List<Conversation> all() {
        return conversations.list(PageRequest.newest().limit(4)).fetchRemaining(Direction.OLDER);
    }

    @Test
    void conversationsAreWalkedByTheirLastStatus() {
        List<Conversation> all = all();

        assertThat(all).hasSize(sim.world().conversationsCount());
        assertThat(sim.last("GET", "/api/v1/conversations").query("max_id"))
                .contains(all.get(3).lastStatus().id());
    }

    @Test
    void aConversationIsMarkedReadAndUnread() {
        String id = all().get(0).id();

        Conversation read = conversations.markRead(id);
        Conversation unread = conversations.markUnread(id);

        assertThat(sim.last("POST", "/api/v1/conversations/" + id + "/read").status()).isEqualTo(200);
        assertThat(read.unread()).isFalse();
        assertThat(unread.unread()).isTrue();
        assertThat(sim.last("POST", "/api/v1/conversations/" + id + "/unread").status()).isEqualTo(200);
    }

    @Test
    void aRemovedConversationIsNoLongerListed() {
        String id = all().get(1).id();

        conversations.delete(id);

        assertThat(sim.last("DELETE", "/api/v1/conversations/" + id).status()).isEqualTo(200);
        assertThat(all()).extracting(Conversation::id).doesNotContain(id).hasSize(sim.world().conversationsCount() - 1);
    }
}
