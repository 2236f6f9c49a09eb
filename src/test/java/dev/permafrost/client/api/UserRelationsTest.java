package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Account;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Relationship;
import dev.permafrost.sim.SimConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user's relation lists (mutes, blocks, endorsements, follow requests, domain blocks) and
 * their actions, against the simulator; all page by hidden IDs and ignore min_id.
 */
class UserRelationsTest {
    private SimHarness sim;

    @BeforeEach
    void start() {
        sim = SimHarness.start(SimConfig.small().toBuilder().accounts(60).build());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void mutedAccountsAreWalkedToTheEnd() {
        Page<Account> first = sim.mastodon.mutes().list(PageRequest.newest().limit(2));

        assertThat(first.fetchRemaining(Direction.OLDER)).hasSize(sim.world().mutesCount());
        assertThat(sim.last("GET", "/api/v1/mutes").query("max_id")).isPresent();
    }

    @Test
    void blockedAccountsAreWalkedToTheEnd() {
        Page<Account> first = sim.mastodon.blocks().list(PageRequest.newest().limit(2));

        assertThat(first.fetchRemaining(Direction.OLDER)).hasSize(sim.world().blocksCount());
        assertThat(sim.last("GET", "/api/v1/blocks").query("max_id")).isPresent();
    }

    @Test
    void theUsersEndorsementsAreListed() {
        List<Account> endorsed = sim.mastodon.endorsements().list(PageRequest.largest()).fetchRemaining(Direction.OLDER);

        assertThat(endorsed).hasSize(sim.world().endorsementsCount());
        assertThat(sim.last("GET", "/api/v1/endorsements").query("limit")).contains("80");
    }

    @Test
    void anAuthorizedFollowRequestMakesAFollower() {
        List<Account> pending = sim.mastodon.followRequests().list(PageRequest.largest()).items();
        String requester = pending.stream().map(Account::id).filter(id -> !sim.world().followerIds().contains(id))
                .findFirst().orElseThrow();

        Relationship relation = sim.mastodon.followRequests().authorize(requester);

        assertThat(pending).hasSize(sim.world().followRequestsCount() + 1);
        assertThat(sim.last("POST", "/api/v1/follow_requests/" + requester + "/authorize").status()).isEqualTo(200);
        assertThat(relation.followedBy()).isTrue();
        assertThat(relation.requestedBy()).isFalse();
        assertThat(sim.world().followerIds()).contains(requester);
    }

    @Test
    void aRejectedFollowRequestIsGone() {
        String requester = sim.mastodon.followRequests().list(PageRequest.largest()).items().get(0).id();

        Relationship relation = sim.mastodon.followRequests().reject(requester);

        assertThat(sim.last("POST", "/api/v1/follow_requests/" + requester + "/reject").status()).isEqualTo(200);
        assertThat(relation.requestedBy()).isFalse();
        assertThatThrownBy(() -> sim.mastodon.followRequests().reject(requester)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void domainsAreBlockedListedAndUnblocked() {
        DomainBlocks domainBlocks = sim.mastodon.domainBlocks();

        domainBlocks.block("frost.example");
        List<DomainName> blocked = domainBlocks.list(PageRequest.largest()).fetchRemaining(Direction.OLDER);
        domainBlocks.unblock("frost.example");

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/domain_blocks"))).containsEntry("domain", List.of("frost.example"));
        assertThat(sim.last("DELETE", "/api/v1/domain_blocks").query("domain")).contains("frost.example");
        assertThat(blocked).extracting(DomainName::domain).contains("frost.example").hasSize(sim.world().domainBlocksCount() + 1);
        assertThat(domainBlocks.list(PageRequest.largest()).fetchRemaining(Direction.OLDER))
                .extracting(DomainName::domain).doesNotContain("frost.example");
    }

    @Test
    void aDomainBlockRefusesWhatIsNotADomain() {
        assertThatThrownBy(() -> sim.mastodon.domainBlocks().block("https://frost.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
