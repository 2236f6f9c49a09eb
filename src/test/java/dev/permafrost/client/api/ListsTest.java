package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Account;
import dev.permafrost.model.MastodonList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user's lists against the simulator. */
class ListsTest {
    private SimHarness sim;
    private Lists lists;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        lists = sim.mastodon.lists();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void allListsAndOneListAreRead() {
        List<MastodonList> all = lists.list();
        MastodonList first = lists.get(all.get(0).id());

        assertThat(all).extracting(MastodonList::id).containsExactlyElementsOf(sim.world().listIds());
        assertThat(first).isEqualTo(all.get(0));
        assertThat(sim.last("GET", "/api/v1/lists/" + first.id()).status()).isEqualTo(200);
    }

    @Test
    void aListIsCreatedWithItsSettings() {
        MastodonList created = lists.create(new Lists.ListSettings("Winter", Lists.RepliesPolicy.FOLLOWED, true));

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/lists"))).containsEntry("title", List.of("Winter"))
                .containsEntry("replies_policy", List.of("followed")).containsEntry("exclusive", List.of("true"));
        assertThat(created.title()).isEqualTo("Winter");
        assertThat(created.repliesPolicy()).isEqualTo("followed");
        assertThat(created.exclusive()).isTrue();
        assertThat(sim.world().listIds()).contains(created.id());
    }

    @Test
    void aListIsRenamedWithPut() {
        String id = sim.world().listIds().get(0);

        MastodonList renamed = lists.update(id, Lists.ListSettings.titled("Renamed"));

        assertThat(SimHarness.form(sim.last("PUT", "/api/v1/lists/" + id))).containsEntry("title", List.of("Renamed"))
                .containsEntry("replies_policy", List.of("list")).containsEntry("exclusive", List.of("false"));
        assertThat(renamed.title()).isEqualTo("Renamed");
        assertThat(lists.get(id).title()).isEqualTo("Renamed");
    }

    @Test
    void aDeletedListIsGone() {
        String id = lists.create(Lists.ListSettings.titled("Short-lived")).id();

        lists.delete(id);

        assertThat(sim.last("DELETE", "/api/v1/lists/" + id).status()).isEqualTo(200);
        assertThatThrownBy(() -> lists.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void membersArePagedOrReadAllAtOnce() {
        String id = sim.world().listIds().get(0);

        Page<Account> page = lists.accounts(id, PageRequest.newest().limit(2));
        List<Account> all = lists.allAccounts(id);

        assertThat(sim.last("GET", "/api/v1/lists/" + id + "/accounts").query("limit")).contains("0");
        assertThat(all).hasSize(sim.world().listMembersCount(id));
        assertThat(page.items()).hasSize(2);
        assertThat(page.fetchRemaining(Direction.OLDER)).hasSize(sim.world().listMembersCount(id));
    }

    @Test
    void followedAccountsAreAddedAndRemoved() {
        String id = lists.create(Lists.ListSettings.titled("Friends")).id();
        List<String> friends = sim.world().followingIds().subList(0, 2);

        lists.addAccounts(id, friends);
        List<Account> members = lists.allAccounts(id);
        lists.removeAccounts(id, List.of(friends.get(0)));

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/lists/" + id + "/accounts")))
                .containsEntry("account_ids[]", friends);
        assertThat(sim.last("DELETE", "/api/v1/lists/" + id + "/accounts").queryAll("account_ids[]")).containsExactly(friends.get(0));
        assertThat(members).extracting(Account::id).containsExactlyInAnyOrderElementsOf(friends);
        assertThat(lists.allAccounts(id)).extracting(Account::id).containsExactly(friends.get(1));
    }

    @Test
    void anAccountNotFollowedCannotBeAdded() {
        String id = lists.create(Lists.ListSettings.titled("Strangers")).id();
        String follower = sim.world().followerIds().stream().filter(a -> !sim.world().followingIds().contains(a))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> lists.addAccounts(id, List.of(follower))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTimelineOfAListShowsItsMembersStatuses() {
        String id = sim.world().listIds().get(0);
        List<String> members = lists.allAccounts(id).stream().map(Account::id).toList();

        var timeline = sim.mastodon.timelines().list(id, PageRequest.largest());

        assertThat(timeline.items()).isNotEmpty().allSatisfy(status -> assertThat(members).contains(status.account().id()));
        assertThat(sim.last("GET", "/api/v1/timelines/list/" + id).query("limit")).contains("40");
    }
}
