package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.UnauthorizedException;
import dev.permafrost.client.api.Search.Query;
import dev.permafrost.model.Account;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.SearchResults;
import dev.permafrost.model.Tag;
import dev.permafrost.sim.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchTest {
    private SimHarness sim;
    private Search search;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        search = sim.mastodon.search();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyOptionOfTheQueryIsSent() {
        String me = sim.world.me();

        search.search(Query.of("frost").type(Search.Type.STATUSES).resolving().onlyFollowing().byAccount(me)
                .reviewedOnly().maxId("90").minId("10"), 5, 7);

        RecordedRequest sent = sim.last("GET", "/api/v2/search");
        assertThat(sent.query()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("q=frost", "type=statuses",
                "resolve=true", "following=true", "account_id=" + me, "exclude_unreviewed=true", "max_id=90", "min_id=10",
                "offset=5", "limit=7");
    }

    @Test
    void accountsAreFoundByName() {
        String acct = sim.world.acct(sim.world.accountIds().get(5));

        SearchResults results = search.search(Query.of(acct), 0, 0);

        assertThat(results.accounts()).extracting(Account::acct).contains(acct);
        assertThat(sim.last("GET", "/api/v2/search").query("type")).isEmpty();
    }

    @Test
    void hashtagsPageByOffsetOneTypeAtATime() {
        Page<Tag> first = search.hashtags(Query.of("#c"), 0, 2);
        Page<Tag> second = first.fetchNext().orElseThrow();

        RecordedRequest sent = sim.last("GET", "/api/v2/search");
        assertThat(sent.query("type")).contains("hashtags");
        assertThat(sent.query("offset")).contains("2");
        assertThat(first.items()).hasSize(2).allSatisfy(tag -> assertThat(tag.name()).startsWith("c"));
        assertThat(second.items()).isNotEmpty().doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void accountsAndStatusesPageTheirOwnType() {
        String statusId = sim.world.accountStatusIds(sim.world.me()).get(0);
        String url = sim.server.baseUri() + "/@" + sim.world.acct(sim.world.me()) + "/" + statusId;

        Page<Account> accounts = search.accounts(Query.of(sim.world.acct(sim.world.me())), 0, 0);
        assertThat(sim.last("GET", "/api/v2/search").query("type")).contains("accounts");
        var statuses = search.statuses(Query.of(url).resolving(), 0, 0);

        assertThat(accounts.items()).isNotEmpty();
        assertThat(statuses.items()).singleElement().satisfies(status -> assertThat(status.id()).isEqualTo(statusId));
        assertThat(sim.last("GET", "/api/v2/search").query("type")).contains("statuses");
    }

    @Test
    void anonymousCallersMayNotPage() {
        Search anonymous = sim.client(null).search();

        assertThatThrownBy(() -> anonymous.hashtags(Query.of("c"), 2, 2)).isInstanceOf(UnauthorizedException.class);
        assertThat(anonymous.hashtags(Query.of("c"), 0, 2).items()).hasSize(2);
    }

    @Test
    void aRecordedSearchOfARealServerParses() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Cassettes.load("test_search.yaml").interactions().get(0));
            Search real = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().search();

            SearchResults results = real.search(Query.of("mastodonpy_test").resolving().reviewedOnly(), 0, 0);

            assertThat(results.accounts()).extracting(Account::acct).contains("mastodonpy_test");
            assertThat(server.last("GET", "/api/v2/search").query()).containsEntry("exclude_unreviewed", java.util.List.of("true"));
        }
    }
}
