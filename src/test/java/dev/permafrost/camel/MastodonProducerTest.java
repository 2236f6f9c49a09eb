package dev.permafrost.camel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Status;
import dev.permafrost.sim.RecordedRequest;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.ExchangeHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mastodon:post against the simulator, recording into an H2 archive. */
class MastodonProducerTest {
    @TempDir
    Path folder;

    private CamelSim camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        camel = new CamelSim(folder);
        camel.component.setArchive(camel.store("a"));
        camel.start();
        template = camel.context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.close();
    }

    private List<RecordedRequest> posts() {
        return camel.sim.requests().matching(r -> r.method().equals("POST") && r.path().equals("/api/v1/statuses"));
    }

    private Exchange exchange(String body) {
        Exchange exchange = new DefaultExchange(camel.context);
        exchange.getIn().setBody(body);
        return exchange;
    }

    @Test
    void postsTheBodyOnceWithAnIdempotencyKeyAndRecordsTheAction() {
        String me = camel.sim.world().me();
        int before = camel.sim.world().accountStatusCount(me);
        Exchange exchange = exchange("Frost on the window");
        Exchange redelivered = ExchangeHelper.createCopy(exchange, true);

        template.send("mastodon:post?visibility=unlisted", exchange);
        template.send("mastodon:post?visibility=unlisted", redelivered);

        assertThat(exchange.getException()).isNull();
        assertThat(redelivered.getException()).isNull();
        Status posted = exchange.getMessage().getBody(Status.class);
        assertThat(posted.content()).contains("Frost on the window");
        assertThat(posted.visibility()).isEqualTo("unlisted");
        assertThat(exchange.getMessage().getHeader(MastodonConstants.STATUS_ID)).isEqualTo(posted.id());
        assertThat(posts()).hasSize(2).allSatisfy(request ->
                assertThat(request.header("Idempotency-Key")).contains(exchange.getExchangeId()));
        assertThat(camel.sim.world().accountStatusCount(me)).as("a redelivered exchange posts once").isEqualTo(before + 1);
        assertThat(redelivered.getMessage().getBody(Status.class).id()).isEqualTo(posted.id());
        assertThat(camel.values("a", "write_actions", "target_id", "action = 'post' AND outcome = 'ok'"))
                .as("both attempts recorded, both answered with the one status").containsExactly(posted.id());
        assertThat(camel.values("a", "write_actions", "account", "")).containsExactly(me);
    }

    @Test
    void theIdempotencyKeyHeaderWinsOverTheExchangeId() {
        Exchange exchange = exchange("Rime");
        exchange.getIn().setHeader(MastodonConstants.IDEMPOTENCY_KEY, "key-1");

        template.send("mastodon:post", exchange);

        assertThat(posts()).singleElement().satisfies(request ->
                assertThat(request.header("Idempotency-Key")).contains("key-1"));
    }

    @Test
    void theTextComesFromTheBodyThenTheHeaderThenTheEndpoint() {
        Exchange fromHeader = exchange(null);
        fromHeader.getIn().setHeader(MastodonConstants.TEXT, "from the header");
        Exchange fromOption = exchange(null);

        template.send("mastodon:post?text=from+the+option", fromHeader);
        template.send("mastodon:post?text=from+the+option", fromOption);

        assertThat(fromHeader.getMessage().getBody(Status.class).content()).contains("from the header");
        assertThat(fromOption.getMessage().getBody(Status.class).content()).contains("from the option");
    }

    @Test
    void missingTextFailsNamingTheBodyTheHeaderAndTheOption() {
        Exchange exchange = exchange("   ");

        template.send("mastodon:post", exchange);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message body")
                .hasMessageContaining(MastodonConstants.TEXT + " header")
                .hasMessageContaining("endpoint option text=");
        assertThat(posts()).isEmpty();
    }

    @Test
    void aRefusedPostIsRecordedAsFailed() {
        Exchange exchange = exchange("x".repeat(600));

        template.send("mastodon:post", exchange);

        assertThat(exchange.getException()).isNotNull();
        assertThat(camel.values("a", "write_actions", "outcome", "action = 'post'"))
                .singleElement().asString().startsWith("failed: ");
    }
}
