package dev.permafrost.client.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Accounts;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.client.api.Favourites;
import dev.permafrost.client.api.Timelines;
import dev.permafrost.model.Account;
import dev.permafrost.model.Status;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.SimServer;
import dev.permafrost.sim.Where;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pagination rules, over HTTP against the simulator. */
class PaginationTest {
    private SimServer sim;
    private Mastodon mastodon;

    @BeforeEach
    void start() {
        sim = SimServer.start(SimConfig.small());
        mastodon = Mastodon.builder().instance(sim.baseUri().toString()).accessToken(sim.world().userToken()).build();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private long requestsTo(String path) {
        return sim.requests().count(r -> r.path().equals(path));
    }

    private static List<String> ids(List<Status> statuses) {
        return statuses.stream().map(Status::id).toList();
    }

    @Test
    void aFullWalkAsksForTheLargestPagesAndNeedsOneRequestPerPagePlusOne() {
        int n = sim.world().homeTimelineCount();
        assertThat(n % 40).as("the sim's home timeline fills whole pages").isZero();

        List<Status> all = mastodon.timelines().home(PageRequest.largest()).fetchRemaining(Direction.OLDER);

        assertThat(all).hasSize(n);
        assertThat(requestsTo("/api/v1/timelines/home")).isEqualTo(n / 40 + 1);
        assertThat(sim.requests().matching(r -> r.path().equals("/api/v1/timelines/home")))
                .allSatisfy(r -> assertThat(r.query("limit")).contains("40"));
    }

    @Test
    void aWalkEndsWithoutAnExtraRequestWhenTheLastPageIsPartial() {
        String me = sim.world().me();
        int n = sim.world().accountStatusCount(me);
        assertThat(n % 40).isNotZero();

        List<Status> all = mastodon.accounts().statuses(me, Accounts.StatusFilter.ALL, PageRequest.largest())
                .fetchRemaining(Direction.OLDER);

        assertThat(all).hasSize(n);
        assertThat(requestsTo("/api/v1/accounts/" + me + "/statuses")).isEqualTo((n + 39) / 40);
    }

    @Test
    void aWalkIsLazyAndFetchesOnlyThePagesTaken() {
        mastodon.timelines().home(PageRequest.newest().limit(10)).walk(Direction.OLDER).limit(3).forEach(page -> { });

        assertThat(requestsTo("/api/v1/timelines/home")).isEqualTo(3);
    }

    @Test
    void walkingNewerFollowsThePrevLinks() {
        List<String> home = sim.world().homeTimelineIds();
        String oldestButTwenty = home.get(home.size() - 21);
        Page<Status> old = mastodon.timelines().home(PageRequest.newest().limit(10).maxId(oldestButTwenty));

        List<Status> newer = old.walk(Direction.NEWER).skip(1).flatMap(page -> page.items().stream()).toList();

        assertThat(ids(newer)).containsAll(home.subList(0, 10)).doesNotContainAnyElementsOf(ids(old.items()));
    }

    @Test
    void sinceIdSkipsTheOlderPartOfAGapButForwardSyncDoesNot() {
        String mark = sim.world().homeTimelineIds().get(0);
        List<String> arrived = sim.world().postStatuses(100, Where.home());

        Page<Status> sinceId = mastodon.timelines().home(PageRequest.largest().sinceId(mark));
        List<Status> synced = new ArrayList<>();
        ForwardSync.from(request -> mastodon.timelines().home(request), Paging.ID, mark, Status::id)
                .forEachRemaining(page -> synced.addAll(page.items()));

        assertThat(sinceId.items()).hasSize(40);
        assertThat(ids(synced)).containsExactlyInAnyOrderElementsOf(arrived);
    }

    @Test
    void forwardSyncHandsPagesOverOldestFirstWithTheMarkToStore() {
        String mark = sim.world().homeTimelineIds().get(0);
        List<String> arrived = sim.world().postStatuses(100, Where.home());
        sim.requests().clear();

        List<SyncPage<Status>> pages = new ArrayList<>();
        ForwardSync.from(request -> mastodon.timelines().home(request), Paging.ID, mark, Status::id)
                .forEachRemaining(pages::add);

        List<String> inOrder = pages.stream().flatMap(page -> page.items().stream()).map(Status::id).toList();
        List<String> oldestFirst = new ArrayList<>(arrived);
        java.util.Collections.reverse(oldestFirst);
        if (!inOrder.equals(oldestFirst)) {
            oldestFirst = arrived; // postStatuses may list them oldest first already
        }
        assertThat(inOrder).isEqualTo(oldestFirst);
        assertThat(pages.get(pages.size() - 1).mark()).isEqualTo(inOrder.get(inOrder.size() - 1));
        assertThat(sim.requests().count()).isEqualTo(100 / 40 + 1 + 1);
    }

    @Test
    void aSyncStaysCompleteWhenItemsArriveWhileItPages() {
        String mark = sim.world().homeTimelineIds().get(0);
        List<String> arrived = new ArrayList<>(sim.world().postStatuses(50, Where.home()));
        sim.world().onRequest(request -> {
            if (request.path().equals("/api/v1/timelines/home") && arrived.size() < 120) {
                arrived.addAll(sim.world().postStatuses(30, Where.home()));
            }
        });

        List<String> synced = new ArrayList<>();
        ForwardSync.from(request -> mastodon.timelines().home(request), Paging.ID, mark, Status::id)
                .forEachRemaining(page -> synced.addAll(ids(page.items())));

        assertThat(synced).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(arrived);
    }

    @Test
    void forwardSyncOfFavouritesFollowsTheInternalLinkCursors() {
        Page<Status> top = mastodon.favourites().list(PageRequest.largest());
        String mark = top.previous().flatMap(dev.permafrost.client.Cursor::value).orElseThrow();
        assertThat(top.items().stream().map(Status::id)).doesNotContain(mark);
        List<String> added = sim.world().addFavourites(50);

        List<String> synced = new ArrayList<>();
        ForwardSync.from(request -> mastodon.favourites().list(request), Favourites.LIST.paging(), mark, Status::id)
                .forEachRemaining(page -> synced.addAll(ids(page.items())));

        assertThat(synced).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void forwardSyncOfFollowersWalksDownToTheMarkBecauseTheyIgnoreMinId() {
        try (SimServer crowded = SimServer.start(SimConfig.small().toBuilder().accounts(200).build())) {
            Mastodon client = Mastodon.builder().instance(crowded.baseUri().toString())
                    .accessToken(crowded.world().userToken()).build();
            String me = crowded.world().me();
            Page<Account> top = client.accounts().followers(me, PageRequest.largest());
            String mark = top.previous().flatMap(dev.permafrost.client.Cursor::value).orElseThrow();
            List<String> added = crowded.world().addFollowers(100);

            List<SyncPage<Account>> pages = new ArrayList<>();
            ForwardSync.from(request -> client.accounts().followers(me, request), Accounts.FOLLOWERS.paging(), mark,
                    Account::id).forEachRemaining(pages::add);

            List<String> synced = pages.stream().flatMap(p -> p.items().stream()).map(Account::id).toList();
            assertThat(synced).containsExactlyInAnyOrderElementsOf(added);
            assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page.mark()).isEqualTo(mark));
            assertThat(pages.get(pages.size() - 1).mark()).isNotEqualTo(mark);
            assertThat(crowded.requests().matching(r -> r.path().endsWith("/followers")))
                    .noneSatisfy(r -> assertThat(r.query("min_id")).isPresent());
        }
    }

    @Test
    void opaqueIdsPageAndSyncLikeAnyOther() {
        try (SimServer opaque = SimServer.start(SimConfig.small().toBuilder().opaqueIds(true).build())) {
            Mastodon client = Mastodon.builder().instance(opaque.baseUri().toString())
                    .accessToken(opaque.world().userToken()).build();
            String mark = opaque.world().homeTimelineIds().get(0);
            assertThat(mark).doesNotMatch("[0-9]+");
            List<String> arrived = opaque.world().postStatuses(45, Where.home());

            List<Status> all = client.timelines().home(PageRequest.largest()).fetchRemaining(Direction.OLDER);
            List<String> synced = new ArrayList<>();
            ForwardSync.from(request -> client.timelines().home(request), Timelines.HOME.paging(), mark, Status::id)
                    .forEachRemaining(page -> synced.addAll(ids(page.items())));

            assertThat(new HashSet<>(ids(all))).hasSize(opaque.world().homeTimelineCount());
            assertThat(synced).containsExactlyInAnyOrderElementsOf(arrived);
        }
    }
}
