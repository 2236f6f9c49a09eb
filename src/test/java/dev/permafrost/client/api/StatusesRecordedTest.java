package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.Quote;
import dev.permafrost.model.Status;
import dev.permafrost.model.Translation;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status methods the simulator does not model (quotes, translation), against recorded or documented answers. */
class StatusesRecordedTest {
    private static final String QUOTED = "117020583073249915";
    private static final String QUOTING = "117020583080889590";

    private ReplayServer server;
    private Mastodon mastodon;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        mastodon = Replays.client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void revokingAQuoteAnswersTheQuotingStatusWithTheQuoteRevoked() {
        String path = "/api/v1/statuses/" + QUOTED + "/quotes/" + QUOTING + "/revoke";
        server.replay(Replays.recorded("test_status_quote_revoke.yaml", "POST", path));

        Status quoting = mastodon.statuses().revokeQuote(QUOTED, QUOTING);

        assertThat(server.last("POST", path).body()).isEmpty();
        assertThat(quoting.id()).isEqualTo(QUOTING);
        assertThat(mastodon.caller().json().convert(quoting.quote(), Quote.class).state()).isEqualTo("revoked");
    }

    @Test
    void theQuotesOfAStatusArePagedByTheLinkHeader() {
        String path = "/api/v1/statuses/" + QUOTED + "/quotes";
        String quotingStatus = Replays.recorded("test_status_quote_revoke.yaml", "POST",
                "/api/v1/statuses/" + QUOTED + "/quotes/" + QUOTING + "/revoke").response().body();
        String next = server.baseUri() + path + "?max_id=77";
        server.answer("GET", path, 200, "[" + quotingStatus + "]",
                Map.of("Content-Type", "application/json", "Link", "<" + next + ">; rel=\"next\""));

        Page<Status> quotes = mastodon.statuses().quotes(QUOTED, PageRequest.largest());

        assertThat(server.last("GET", path).param("limit")).contains("40");
        assertThat(quotes.items()).extracting(Status::id).containsExactly(QUOTING);
        assertThat(quotes.next()).hasValueSatisfying(cursor -> assertThat(cursor.uri().toString()).isEqualTo(next));
    }

    @Test
    void theInteractionPolicyIsSentAsQuoteApprovalPolicy() {
        String id = "117020583023107890";
        String path = "/api/v1/statuses/" + id + "/interaction_policy";
        Cassettes.Interaction recorded = Replays.recorded("test_status_quote_approval_visibility.yaml", "PUT", path);
        server.replay(recorded);

        Status status = mastodon.statuses().interactionPolicy(id, QuotePolicy.FOLLOWERS);

        assertThat(server.last("PUT", path).bodyText()).isEqualTo(recorded.request().bodyText())
                .isEqualTo("quote_approval_policy=followers");
        assertThat(status.quoteApproval().automatic()).containsExactly("followers");
    }

    @Test
    void aTranslationIsAskedInALanguageAndParsed() {
        String path = "/api/v1/statuses/42/translate";
        server.answer("POST", path, 200, "{\"content\":\"<p>Hallo</p>\",\"spoiler_text\":\"\",\"poll\":null,"
                + "\"media_attachments\":[{\"id\":\"7\",\"description\":\"Ein Bild\"}],"
                + "\"detected_source_language\":\"en\",\"language\":\"de\",\"provider\":\"DeepL.com\"}");

        Translation translation = mastodon.statuses().translate("42", "de");

        assertThat(server.last("POST", path).form()).containsEntry("lang", java.util.List.of("de"));
        assertThat(translation.content()).isEqualTo("<p>Hallo</p>");
        assertThat(translation.detectedSourceLanguage()).isEqualTo("en");
        assertThat(translation.mediaAttachments()).extracting(Translation.Attachment::description).containsExactly("Ein Bild");
    }

    @Test
    void aTranslationWithoutLanguageSendsNoBody() {
        String path = "/api/v1/statuses/42/translate";
        server.answer("POST", path, 200, "{\"content\":\"<p>Hello</p>\",\"language\":\"en\",\"provider\":\"x\"}");

        assertThat(mastodon.statuses().translate("42").language()).isEqualTo("en");
        assertThat(server.last("POST", path).body()).isEmpty();
    }
}
