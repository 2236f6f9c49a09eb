package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.MalformedResponseException;
import dev.permafrost.client.Mastodon;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No recording covers e-mail confirmation; the answers follow Mastodon's controller. */
class EmailsTest {
    private ReplayServer server;
    private Emails emails;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        emails = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().emails();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theConfirmationCheckReadsABareBoolean() {
        server.answer("GET", "/api/v1/emails/check_confirmation", 200, "false");

        assertThat(emails.isConfirmed()).isFalse();
        assertThat(server.last("GET", "/api/v1/emails/check_confirmation").header("Authorization")).contains("Bearer t");
    }

    @Test
    void anAnswerThatIsNoBooleanIsMalformed() {
        server.answer("GET", "/api/v1/emails/check_confirmation", 200, "{\"confirmed\":true}");

        assertThatThrownBy(emails::isConfirmed).isInstanceOf(MalformedResponseException.class).hasMessageContaining("true or false");
    }

    @Test
    void resendSendsTheNewAddressOnlyWhenGiven() {
        server.answer("POST", "/api/v1/emails/confirmations", 200, "{}");

        emails.resendConfirmation(null);
        emails.resendConfirmation("new@frost.example");

        assertThat(server.requests().get(0).body()).isEmpty();
        assertThat(server.last("POST", "/api/v1/emails/confirmations").form())
                .isEqualTo(Map.of("email", List.of("new@frost.example")));
    }

    @Test
    void anotherAppIsRefused() {
        server.answer("POST", "/api/v1/emails/confirmations", 403,
                "{\"error\":\"This method is only available to the application the user originally signed-up with\"}");

        assertThatThrownBy(() -> emails.resendConfirmation(null)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("originally signed-up with");
    }
}
