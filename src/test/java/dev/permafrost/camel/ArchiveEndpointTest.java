package dev.permafrost.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.store.Archive;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive: endpoint and the archives a context keeps open. */
class ArchiveEndpointTest {
    @TempDir
    Path folder;

    private CamelSim camel;

    @BeforeEach
    void start() {
        camel = new CamelSim(folder);
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    @Test
    void aBodyTheRouteNarrowedIsStoredWithThePagesCheckpoint() throws Exception {
        String narrowed = camel.store("narrowed");
        String whole = camel.store("whole");
        camel.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("mastodon:timeline/home?archive=" + narrowed).routeId("narrowed")
                        .process(exchange -> exchange.getIn().setBody(exchange.getIn().getBody(List.class).subList(0, 5)))
                        .to("archive:" + narrowed);
                from("mastodon:timeline/home?archive=" + whole).routeId("whole")
                        .setHeader("note", constant("a text body is not what is stored"))
                        .setBody(simple("page ${header.CamelMastodonPage}"))
                        .to("archive:" + whole);
            }
        });
        CollectionKey key = new CollectionKey(camel.sim.authority(), camel.sim.world().me(), "home");

        PollReport narrowedPoll = camel.consumer("narrowed").pollOnce();
        camel.consumer("whole").pollOnce();

        assertThat(camel.values("narrowed", "timeline_entries", "status_id", "")).hasSize(5 * (int) narrowedPoll.pages());
        assertThat(camel.values("whole", "timeline_entries", "status_id", ""))
                .containsExactlyInAnyOrderElementsOf(camel.sim.world().homeTimelineIds());
        assertThat(camel.archive(narrowed).checkpoint(key).map(Checkpoint::cursor))
                .isPresent().isEqualTo(camel.archive(whole).checkpoint(key).map(Checkpoint::cursor));
    }

    @Test
    void anExchangeWithoutAPageFailsSayingWhatTheEndpointStores() throws Exception {
        camel.start();

        Exchange sent = camel.context.createProducerTemplate().send("archive:" + camel.store("a"),
                exchange -> exchange.getIn().setBody("hello"));

        assertThat(sent.getException()).hasMessageContaining("no CamelMastodonBatch header")
                .hasMessageContaining("archive: stores the pages of a mastodon: consumer");
    }

    @Test
    void anUnknownStoreIsRefusedNamingTheAcceptedOnes() throws Exception {
        camel.start();

        assertThatThrownBy(() -> camel.context.getEndpoint("archive:mysql:db"))
                .hasStackTraceContaining("expected h2:PATH");
    }

    @Test
    void anArchiveIsOpenedOncePerPlaceAndClosedWithTheContext() throws Exception {
        camel.start();
        Path relative = Path.of("").toAbsolutePath().relativize(folder.resolve("a"));

        Archive byAbsolutePath = camel.archive(camel.store("a"));
        Archive byRelativePath = camel.archive("h2:./" + relative);
        camel.context.stop();

        assertThat(byRelativePath).isSameAs(byAbsolutePath);
        assertThatThrownBy(() -> byAbsolutePath.checkpoints()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anArchiveEndpointCannotBeReadFrom() throws Exception {
        camel.context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("archive:" + camel.store("a")).to("log:x");
            }
        });

        assertThatThrownBy(camel.context::start).hasStackTraceContaining("can only be written to");
    }
}
