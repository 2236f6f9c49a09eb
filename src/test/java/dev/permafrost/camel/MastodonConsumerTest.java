package dev.permafrost.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.permafrost.Await;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Status;
import dev.permafrost.sim.SimConfig;
import dev.permafrost.sim.Where;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mastodon: consumer against the simulator, storing through archive: endpoints. */
class MastodonConsumerTest {
    @TempDir
    Path folder;

    private CamelSim camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.close();
        }
    }

    private CamelSim camel(String scheme) {
        assumeTrue(CamelSim.available(scheme, folder), scheme + " archives are not available yet");
        camel = new CamelSim(folder, scheme);
        return camel;
    }

    /** A route from a collection through a processor into an archive. */
    private RouteBuilder route(String id, String uri, String store, Processor step) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(uri + (uri.contains("?") ? "&" : "?") + "archive=" + store).routeId(id)
                        .process(step)
                        .to("archive:" + store);
            }
        };
    }

    private static Processor nothing() {
        return exchange -> { };
    }

    /** Keeps each exchange's body and headers. */
    private static final class Pages implements Processor {
        final List<Map<String, Object>> headers = new CopyOnWriteArrayList<>();
        final List<List<?>> bodies = new CopyOnWriteArrayList<>();

        @Override
        public void process(Exchange exchange) {
            headers.add(Map.copyOf(exchange.getIn().getHeaders()));
            bodies.add(exchange.getIn().getBody(List.class));
        }

        List<String> statusIds() {
            List<String> ids = new ArrayList<>();
            bodies.forEach(body -> body.forEach(item -> ids.add(((Status) item).id())));
            return ids;
        }
    }

    @Test
    void eachPageReachesTheRouteAsOneExchangeWithItsHeaders() throws Exception {
        CamelSim camel = camel("h2");
        Pages pages = new Pages();
        camel.start(route("home", "mastodon:timeline/home", camel.store("a"), pages));

        PollReport report = camel.consumer("home").pollOnce();

        String me = camel.sim.world().me();
        assertThat(report.succeeded()).isTrue();
        assertThat(report.items()).isEqualTo(camel.sim.world().homeTimelineCount());
        assertThat(pages.headers).hasSize(2);
        assertThat(pages.headers).extracting(h -> h.get(MastodonConstants.PAGE)).containsExactly(1L, 2L);
        assertThat(pages.headers).allSatisfy(h -> {
            assertThat(h).containsEntry(MastodonConstants.INSTANCE, camel.sim.authority())
                    .containsEntry(MastodonConstants.ACCOUNT, me)
                    .containsEntry(MastodonConstants.COLLECTION, "home")
                    .containsEntry(MastodonConstants.ITEM_COUNT, 40)
                    .containsKey(MastodonConstants.CURSOR);
            assertThat(h.get(MastodonConstants.CHECKPOINT)).isInstanceOf(Checkpoint.class);
            assertThat(((Batch) h.get(MastodonConstants.BATCH)).checkpoint()).contains((Checkpoint) h.get(MastodonConstants.CHECKPOINT));
        });
        assertThat(pages.bodies.get(0)).allSatisfy(item -> assertThat(((Entity) item).raw()).startsWith("{"));
        assertThat(((Batch) pages.headers.get(0).get(MastodonConstants.BATCH)).items()).isEqualTo(pages.bodies.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "parquet"})
    void aFullCrawlCostsOneRequestPerPagePlusOneEvenWithPrefetching(String scheme) throws Exception {
        CamelSim camel = camel(scheme);
        camel.start(route("home", "mastodon:timeline/home?prefetch=true", camel.store("a"), nothing()));
        int n = camel.sim.world().homeTimelineCount();

        camel.consumer("home").pollOnce();

        assertThat(camel.requests("/api/v1/timelines/home")).isEqualTo((n + 39) / 40 + 1);
        assertThat(camel.values("a", "timeline_entries", "status_id", "timeline = 'home'"))
                .containsExactlyInAnyOrderElementsOf(camel.sim.world().homeTimelineIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "parquet"})
    void theCheckpointMovesOnlyWhenTheRouteStoredThePageAndARerunEndsWithTheSameArchive(String scheme) throws Exception {
        CamelSim camel = camel(scheme);
        Pages seen = new Pages();
        boolean[] failing = {true};
        Processor failsOnPageTwo = exchange -> {
            seen.process(exchange);
            if (failing[0] && exchange.getIn().getHeader(MastodonConstants.PAGE, Long.class) == 2) {
                throw new IllegalStateException("the disk is full");
            }
        };
        camel.start(route("whole", "mastodon:favourites?pageSize=10", camel.store("whole"), nothing()),
                route("killed", "mastodon:favourites?pageSize=10", camel.store("killed"), failsOnPageTwo));
        CollectionKey key = new CollectionKey(camel.sim.authority(), camel.sim.world().me(), "favourites");

        PollReport failed = camel.consumer("killed").pollOnce();

        Checkpoint afterPageOne = (Checkpoint) seen.headers.get(0).get(MastodonConstants.CHECKPOINT);
        assertThat(failed.failure()).hasValueSatisfying(why -> assertThat(why).contains("page 2", "the disk is full"));
        assertThat(failed.pages()).isEqualTo(1);
        assertThat(camel.archive(camel.store("killed")).checkpoint(key)).hasValueSatisfying(stored -> {
            assertThat(stored.cursor()).isEqualTo(afterPageOne.cursor());
            assertThat(stored.state()).isEqualTo(afterPageOne.state());
        });
        assertThat(camel.values("killed", "favourites", "status_id", "")).hasSize(10);

        failing[0] = false;
        PollReport rerun = camel.consumer("killed").pollOnce();
        camel.consumer("whole").pollOnce();

        assertThat(rerun.succeeded()).isTrue();
        Checkpoint failedPage = (Checkpoint) seen.headers.get(1).get(MastodonConstants.CHECKPOINT);
        assertThat((Checkpoint) seen.headers.get(2).get(MastodonConstants.CHECKPOINT))
                .as("the rerun starts with the page that failed")
                .satisfies(retried -> assertThat(retried.state()).isEqualTo(failedPage.state()))
                .satisfies(retried -> assertThat(retried.cursor()).isEqualTo(failedPage.cursor()));
        assertThat(camel.values("killed", "favourites", "status_id", ""))
                .isEqualTo(camel.values("whole", "favourites", "status_id", ""))
                .containsExactlyInAnyOrderElementsOf(camel.sim.world().favouritedStatusIds());
        assertThat(camel.archive(camel.store("killed")).checkpoint(key).map(Checkpoint::cursor))
                .isEqualTo(camel.archive(camel.store("whole")).checkpoint(key).map(Checkpoint::cursor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "parquet"})
    void itemsArrivingBetweenPollsAllReachTheArchiveOnceAtOneRequestPerNewPagePlusOne(String scheme) throws Exception {
        CamelSim camel = camel(scheme);
        Pages pages = new Pages();
        camel.start(route("home", "mastodon:timeline/home", camel.store("a"), pages));
        camel.consumer("home").pollOnce();
        List<String> arrived = camel.sim.world().postStatuses(50, Where.home());
        camel.sim.requests().clear();

        PollReport second = camel.consumer("home").pollOnce();

        assertThat(second.items()).isEqualTo(50);
        assertThat(camel.sim.requests().count()).isEqualTo((50 + 39) / 40 + 1);
        assertThat(pages.statusIds()).doesNotHaveDuplicates().containsAll(arrived);
        assertThat(camel.values("a", "timeline_entries", "status_id", "timeline = 'home'"))
                .containsExactlyInAnyOrderElementsOf(camel.sim.world().homeTimelineIds());
    }

    @Test
    void aRerunWithNothingNewCostsOneRequestAndHandsNothingToTheRoute() throws Exception {
        CamelSim camel = camel("h2");
        Pages pages = new Pages();
        camel.start(route("notifications", "mastodon:notifications", camel.store("a"), pages));
        camel.consumer("notifications").pollOnce();
        int handed = pages.bodies.size();
        camel.sim.requests().clear();

        PollReport rerun = camel.consumer("notifications").pollOnce();

        assertThat(rerun.items()).isZero();
        assertThat(rerun.upToDate()).isTrue();
        assertThat(camel.sim.requests().count()).isEqualTo(1);
        assertThat(pages.bodies).hasSize(handed);
    }

    @Test
    void aPageBudgetSpreadsTheBackfillOverPollsWithoutPrefetchingPastIt() throws Exception {
        CamelSim camel = camel("h2");
        camel.start(route("home", "mastodon:timeline/home?pageSize=20&pagesPerPoll=2", camel.store("a"), nothing()));

        PollReport first = camel.consumer("home").pollOnce();

        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.upToDate()).isFalse();
        assertThat(camel.requests("/api/v1/timelines/home")).as("no page fetched ahead past the budget").isEqualTo(2);
        long items = first.items();
        while (!camel.consumer("home").lastReport().orElseThrow().upToDate()) {
            items += camel.consumer("home").pollOnce().items();
        }
        assertThat(items).isEqualTo(camel.sim.world().homeTimelineCount());
    }

    @Test
    void startingNowStoresOnlyWhatArrivesLater() throws Exception {
        CamelSim camel = camel("h2");
        Pages pages = new Pages();
        camel.start(route("home", "mastodon:timeline/home?start=now", camel.store("a"), pages));
        camel.consumer("home").pollOnce();
        List<String> arrived = camel.sim.world().postStatuses(7, Where.home());

        camel.consumer("home").pollOnce();

        assertThat(pages.statusIds()).containsExactlyInAnyOrderElementsOf(arrived);
        assertThat(camel.values("a", "timeline_entries", "status_id", "")).containsExactlyInAnyOrderElementsOf(arrived);
    }

    @Test
    void narrowedCollectionsKeepCheckpointsOfTheirOwn() throws Exception {
        CamelSim camel = camel("h2");
        Pages mentions = new Pages();
        camel.start(route("mentions", "mastodon:notifications?types=mention", camel.store("a"), mentions));

        camel.consumer("mentions").pollOnce();

        assertThat(mentions.headers).isNotEmpty().allSatisfy(h ->
                assertThat(h).containsEntry(MastodonConstants.COLLECTION, "notifications:types=mention"));
        assertThat(mentions.bodies).allSatisfy(body -> assertThat(body).allSatisfy(item ->
                assertThat(((dev.permafrost.model.Notification) item).type()).isEqualTo("mention")));
        assertThat(camel.sim.requests().matching(r -> r.path().equals("/api/v1/notifications")))
                .allSatisfy(r -> assertThat(r.queryAll("types[]")).containsExactly("mention"));
        assertThat(camel.archive(camel.store("a")).checkpoint(
                new CollectionKey(camel.sim.authority(), camel.sim.world().me(), "notifications"))).isEmpty();
    }

    @Test
    void aRouteThatDoesNotStoreItsPagesIsToldOnceAndReadsThemAgain() throws Exception {
        CamelSim camel = camel("h2");
        String store = camel.store("a");
        camel.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("mastodon:bookmarks?archive=" + store).routeId("bookmarks").to("log:dev.permafrost.test?level=DEBUG");
            }
        });
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        PollReport first;
        PollReport second;
        try {
            first = camel.consumer("bookmarks").pollOnce();
            second = camel.consumer("bookmarks").pollOnce();
        } finally {
            System.setErr(err);
        }

        assertThat(second.items()).isEqualTo(first.items()).isEqualTo(camel.sim.world().bookmarksCount());
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).split("without storing it", -1)).hasSize(2);
    }

    @Test
    void aScheduledConsumerPollsOnItsOwn() throws Exception {
        camel = new CamelSim(folder, "h2", SimConfig.small(), false);
        camel.start(route("home", "mastodon:timeline/home?initialDelay=0&delay=20", camel.store("a"), nothing()));

        Await.until("a poll reported", Duration.ofSeconds(20), () -> camel.consumer("home").lastReport().isPresent());

        assertThat(camel.values("a", "timeline_entries", "status_id", ""))
                .containsExactlyInAnyOrderElementsOf(camel.sim.world().homeTimelineIds());
    }

    @Test
    void stoppingTheRouteFinishesThePageInHandAndKeepsTheCheckpointConsistent() throws Exception {
        CamelSim camel = camel("h2");
        CountDownLatch inPage = new CountDownLatch(1);
        camel.start(route("home", "mastodon:timeline/home?pageSize=10", camel.store("a"), exchange -> {
            inPage.countDown();
            MastodonConsumer consumer = camel.consumer("home");
            Await.until("the route asked to stop", Duration.ofSeconds(20), consumer::stopRequested);
        }));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<PollReport> poll = threads.submit(() -> camel.consumer("home").pollOnce());
            assertThat(inPage.await(20, TimeUnit.SECONDS)).isTrue();
            Future<?> stopping = threads.submit(() -> {
                camel.context.getRouteController().stopRoute("home");
                return null;
            });

            PollReport report = poll.get(30, TimeUnit.SECONDS);
            stopping.get(30, TimeUnit.SECONDS);

            assertThat(report.pages()).isEqualTo(1);
            assertThat(report.upToDate()).isFalse();
            List<String> firstTen = camel.sim.world().homeTimelineIds().subList(0, 10);
            assertThat(camel.values("a", "timeline_entries", "status_id", "")).containsExactlyInAnyOrderElementsOf(firstTen);
            assertThat(camel.archive(camel.store("a")).checkpoint(
                    new CollectionKey(camel.sim.authority(), camel.sim.world().me(), "home"))).isPresent();
        } finally {
            threads.shutdownNow();
        }
    }
}
