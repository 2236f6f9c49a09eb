package dev.permafrost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.model.Cassettes.Interaction;
import org.junit.jupiter.api.Test;

class CassettesTest {

    @Test
    void aCassetteGivesRequestsAndResponsesInRecordedOrder() {
        Cassettes.Cassette cassette = Cassettes.load("test_account.yaml");
        Interaction first = cassette.interactions().get(0);

        assertThat(first.index()).isZero();
        assertThat(first.request().method()).isEqualTo("GET");
        assertThat(first.request().path()).isEqualTo("/api/v1/accounts/verify_credentials");
        assertThat(first.request().header("authorization")).contains("Bearer __MASTODON_PY_TEST_ACCESS_TOKEN");
        assertThat(first.response().status()).isEqualTo(200);
        assertThat(first.response().isJson()).isTrue();
        assertThat(first.response().header("X-RateLimit-Limit")).contains("300");
        assertThat(first.response().body()).startsWith("{\"id\":\"117020457910412882\"");
        assertThat(first.label()).isEqualTo("test_account.yaml#0 GET /api/v1/accounts/verify_credentials -> 200");
    }

    @Test
    void binaryRequestBodiesAndEmptyResponsesAreKept() {
        Interaction upload = Cassettes.load("test_media_post_file.yaml").find("POST", "/api/v2/media").get(0);
        Interaction missing = Cassettes.load("test_instance_domain_blocks.yaml")
                .find("GET", "/api/v1/instance/domain_blocks").get(0);

        assertThat(upload.request().body()).isNotEmpty();
        assertThat(upload.request().bodyText()).contains("Content-Disposition: form-data; name=\"file\"");
        assertThat(missing.response().status()).isEqualTo(404);
        assertThat(missing.response().body()).isEmpty();
        assertThat(missing.response().isJson()).isFalse();
    }

    @Test
    void aMissingCassetteIsNamedInTheError() {
        assertThatThrownBy(() -> Cassettes.load("test_nothing.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixtures/recorded/test_nothing.yaml");
    }
}
