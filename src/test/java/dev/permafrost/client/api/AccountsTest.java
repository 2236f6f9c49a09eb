package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.Account;
import dev.permafrost.model.FamiliarFollowers;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Relationship;
import dev.permafrost.model.Status;
import dev.permafrost.sim.SimConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts against the simulator: profiles, lookups, and what the user does to other accounts. */
class AccountsTest {
    private SimHarness sim;
    private Accounts accounts;
    private String me;

    @BeforeEach
    void start() {
        sim = SimHarness.start(SimConfig.small().toBuilder().accounts(60).build());
        accounts = sim.mastodon.accounts();
        me = sim.world().me();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** An account the user does not follow, block or mute, and that is not locked. */
    private String stranger() {
        List<String> taken = new java.util.ArrayList<>(sim.world().followingIds());
        taken.add(me);
        taken.add(sim.world().admin());
        return sim.world().accountIds().stream().filter(id -> !taken.contains(id))
                .filter(id -> {
                    Relationship relation = accounts.relationships(List.of(id)).get(0);
                    return !relation.blocking() && !relation.muting() && !relation.requestedBy() && !accounts.get(id).locked();
                })
                .findFirst().orElseThrow();
    }

    private Map<String, List<String>> lastForm(String path) {
        return SimHarness.form(sim.last("POST", path));
    }

    @Test
    void theUsersOwnAccountComesWithItsSource() {
        Account account = accounts.verifyCredentials();

        assertThat(account.id()).isEqualTo(me);
        assertThat(account.source()).isNotNull();
        assertThat(sim.last("GET", "/api/v1/accounts/verify_credentials").token()).contains(sim.world().userToken());
    }

    @Test
    void anAccountIsReadByIdAndByAddress() {
        String other = sim.world().followingIds().get(0);
        String acct = sim.world().acct(other);

        assertThat(accounts.get(other).acct()).isEqualTo(acct);
        assertThat(accounts.lookup("@" + acct).id()).isEqualTo(other);
        assertThat(sim.last("GET", "/api/v1/accounts/lookup").query("acct")).contains(acct);
    }

    @Test
    void severalAccountsAreReadInOneRequest() {
        List<String> ids = sim.world().followingIds().subList(0, 3);

        List<Account> found = accounts.get(ids);

        assertThat(sim.last("GET", "/api/v1/accounts").queryAll("id[]")).containsExactlyElementsOf(ids);
        assertThat(found).extracting(Account::id).containsExactlyElementsOf(ids);
    }

    @Test
    void searchPagesByOffset() {
        Page<Account> first = accounts.search("a", Accounts.SearchOptions.LOCAL, 0, 2);
        Page<Account> second = first.fetchNext().orElseThrow();

        assertThat(sim.last("GET", "/api/v1/accounts/search").query("offset")).contains("2");
        assertThat(sim.last("GET", "/api/v1/accounts/search").query("q")).contains("a");
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).isNotEmpty().doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void searchAmongFollowedAccountsSendsFollowing() {
        String followed = sim.world().followingIds().get(0);
        String username = sim.world().acct(followed).split("@")[0];

        Page<Account> found = accounts.search(username, new Accounts.SearchOptions(false, true), 0, 40);

        assertThat(sim.last("GET", "/api/v1/accounts/search").query("following")).contains("true");
        assertThat(found.items()).extracting(Account::id).contains(followed).isSubsetOf(sim.world().followingIds());
    }

    @Test
    void anAccountsStatusesFollowersAndFollowingArePages() {
        Page<Status> statuses = accounts.statuses(me, new Accounts.StatusFilter(false, true, false, false, null), PageRequest.largest());
        Page<Account> followers = accounts.followers(me, PageRequest.largest());
        Page<Account> following = accounts.following(me, PageRequest.largest());

        assertThat(sim.last("GET", "/api/v1/accounts/" + me + "/statuses").query("exclude_reblogs")).contains("true");
        assertThat(statuses.items()).isNotEmpty().allSatisfy(status -> assertThat(status.reblog()).isNull());
        assertThat(followers.fetchRemaining(Direction.OLDER)).hasSize(sim.world().followersCount());
        assertThat(following.fetchRemaining(Direction.OLDER)).hasSize(sim.world().followingCount());
    }

    @Test
    void relationshipsAreAskedWithRepeatedIds() {
        String followed = sim.world().followingIds().get(0);
        String follower = sim.world().followerIds().get(0);

        List<Relationship> relations = accounts.relationships(List.of(followed, follower));

        assertThat(sim.last("GET", "/api/v1/accounts/relationships").queryAll("id[]")).containsExactly(followed, follower);
        assertThat(relations.get(0).following()).isTrue();
        assertThat(relations.get(1).followedBy()).isTrue();
    }

    @Test
    void familiarFollowersAreAccountsTheUserFollows() {
        String other = stranger();

        List<FamiliarFollowers> familiar = accounts.familiarFollowers(List.of(other));

        assertThat(sim.last("GET", "/api/v1/accounts/familiar_followers").queryAll("id[]")).containsExactly(other);
        assertThat(familiar).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(other);
            assertThat(entry.accounts()).isNotEmpty().extracting(Account::id).isSubsetOf(sim.world().followingIds());
        });
    }

    @Test
    void followingSendsTheOptionsAndAnswersTheRelationship() {
        String other = stranger();

        Relationship relation = accounts.follow(other, new Accounts.FollowOptions(false, true, List.of("en", "de")));

        assertThat(lastForm("/api/v1/accounts/" + other + "/follow")).containsEntry("reblogs", List.of("false"))
                .containsEntry("notify", List.of("true")).containsEntry("languages[]", List.of("en", "de"));
        assertThat(relation.following()).isTrue();
        assertThat(relation.showingReblogs()).isFalse();
        assertThat(relation.notifying()).isTrue();
        assertThat(relation.languages()).containsExactly("en", "de");
        assertThat(sim.world().followingIds()).contains(other);
    }

    @Test
    void aPlainFollowShowsBoostsWithoutNotifications() {
        String other = stranger();

        Relationship relation = accounts.follow(other);

        assertThat(lastForm("/api/v1/accounts/" + other + "/follow")).containsEntry("reblogs", List.of("true"))
                .containsEntry("notify", List.of("false")).doesNotContainKey("languages[]");
        assertThat(relation.following()).isTrue();
        assertThat(relation.showingReblogs()).isTrue();
        assertThat(relation.notifying()).isFalse();
    }

    @Test
    void unfollowingEndsTheFollow() {
        String followed = sim.world().followingIds().get(0);

        Relationship relation = accounts.unfollow(followed);

        assertThat(relation.following()).isFalse();
        assertThat(sim.world().followingIds()).doesNotContain(followed);
        assertThat(sim.last("POST", "/api/v1/accounts/" + followed + "/unfollow").status()).isEqualTo(200);
    }

    @Test
    void aFollowerCanBeRemoved() {
        String follower = sim.world().followerIds().get(0);

        Relationship relation = accounts.removeFromFollowers(follower);

        assertThat(relation.followedBy()).isFalse();
        assertThat(sim.world().followerIds()).doesNotContain(follower);
        assertThat(sim.last("POST", "/api/v1/accounts/" + follower + "/remove_from_followers").status()).isEqualTo(200);
    }

    @Test
    void blockingEndsTheFollowAndUnblockingLiftsTheBlock() {
        String followed = sim.world().followingIds().get(1);

        Relationship blocked = accounts.block(followed);
        Relationship unblocked = accounts.unblock(followed);

        assertThat(blocked.blocking()).isTrue();
        assertThat(blocked.following()).isFalse();
        assertThat(unblocked.blocking()).isFalse();
        assertThat(sim.count("POST", "/api/v1/accounts/" + followed + "/unblock")).isEqualTo(1);
    }

    @Test
    void aTimedMuteSendsItsDurationInSecondsAndEndsWhenTheServerSays() {
        String other = stranger();
        Instant before = Instant.now();

        Relationship relation = accounts.mute(other, new Accounts.MuteOptions(false, Duration.ofHours(1)));

        assertThat(lastForm("/api/v1/accounts/" + other + "/mute")).containsEntry("duration", List.of("3600"))
                .containsEntry("notifications", List.of("false"));
        assertThat(relation.muting()).isTrue();
        assertThat(relation.mutingNotifications()).isFalse();
        assertThat(relation.mutingExpiresAt()).isBetween(before.plusSeconds(3590), before.plusSeconds(3700));
    }

    @Test
    void aMuteWithoutDurationLastsAndUnmutingLiftsIt() {
        String other = stranger();

        Relationship muted = accounts.mute(other);
        Relationship unmuted = accounts.unmute(other);

        assertThat(lastForm("/api/v1/accounts/" + other + "/mute")).containsEntry("duration", List.of("0"));
        assertThat(muted.muting()).isTrue();
        assertThat(muted.mutingNotifications()).isTrue();
        assertThat(muted.mutingExpiresAt()).isNull();
        assertThat(unmuted.muting()).isFalse();
    }

    @Test
    void endorsingFeaturesAFollowedAccountOnTheProfile() {
        String followed = sim.world().followingIds().get(5);

        Relationship endorsed = accounts.endorse(followed);

        assertThat(endorsed.endorsed()).isTrue();
        assertThat(accounts.endorsements(me, PageRequest.largest()).fetchRemaining(Direction.OLDER))
                .extracting(Account::id).contains(followed);
        assertThat(sim.last("GET", "/api/v1/accounts/" + me + "/endorsements").query("limit")).contains("80");
        assertThat(accounts.unendorse(followed).endorsed()).isFalse();
    }

    @Test
    void endorsingAnAccountNotFollowedIsRefusedWithTheReason() {
        String other = stranger();

        assertThatThrownBy(() -> accounts.endorse(other)).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("must be following");
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedPinAndUnpinStillEndorse() {
        String followed = sim.world().followingIds().get(6);

        assertThat(accounts.pin(followed).endorsed()).isTrue();
        assertThat(accounts.unpin(followed).endorsed()).isFalse();
        assertThat(sim.count("POST", "/api/v1/accounts/" + followed + "/pin")).isEqualTo(1);
    }

    @Test
    void aPrivateNoteIsSetAndRemoved() {
        String other = stranger();

        Relationship noted = accounts.note(other, "Met at the frost fair");
        Relationship cleared = accounts.note(other, "");

        assertThat(lastForm("/api/v1/accounts/" + other + "/note")).containsEntry("comment", List.of(""));
        assertThat(noted.note()).isEqualTo("Met at the frost fair");
        assertThat(cleared.note()).isEmpty();
    }

    @Test
    void theListsHoldingAnAccountAreFound() {
        String listId = sim.world().listIds().get(0);
        Account member = sim.mastodon.lists().accounts(listId, PageRequest.largest()).items().get(0);

        List<MastodonList> lists = accounts.lists(member.id());

        assertThat(lists).extracting(MastodonList::id).contains(listId);
        assertThat(sim.last("GET", "/api/v1/accounts/" + member.id() + "/lists").status()).isEqualTo(200);
    }

    @Test
    void featuredTagsOfAnAccountAreListed() {
        sim.mastodon.featuredTags().feature(sim.world().tags().get(0));

        assertThat(accounts.featuredTags(me)).extracting(tag -> tag.name()).containsExactly(sim.world().tags().get(0));
        assertThat(sim.last("GET", "/api/v1/accounts/" + me + "/featured_tags").status()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("deprecation")
    void identityProofsAreAlwaysEmptyNow() {
        assertThat(accounts.identityProofs(me)).isEmpty();
        assertThat(sim.last("GET", "/api/v1/accounts/" + me + "/identity_proofs").status()).isEqualTo(200);
    }
}
