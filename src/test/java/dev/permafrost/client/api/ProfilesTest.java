package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Account;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.Profile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The profile API is new in 4.6 and has no recording; its answers are written after the documentation. */
class ProfilesTest {
    private static final String PROFILE = "{\"id\":\"1\",\"display_name\":\"Frost\",\"note\":\"cold\",\"fields\":"
            + "[{\"name\":\"Site\",\"value\":\"https://frost.example\",\"verified_at\":null}],\"avatar\":\"https://x.example/a.png\","
            + "\"avatar_static\":\"https://x.example/a.png\",\"avatar_description\":\"a snowflake\",\"header\":\"https://x.example/h.png\","
            + "\"header_static\":\"https://x.example/h.png\",\"header_description\":\"\",\"locked\":true,\"bot\":false,"
            + "\"hide_collections\":false,\"discoverable\":true,\"indexable\":false,\"show_media\":true,"
            + "\"show_media_replies\":false,\"show_featured\":true,\"attribution_domains\":[\"frost.example\"]}";

    private ReplayServer server;
    private Profiles profile;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        server.answer("GET", "/api/v2/instance", 200, "{\"version\":\"4.6.0\"}");
        profile = Mastodon.builder().instance(server.baseUri().toString()).accessToken("t").build().profile();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void getReadsTheEditableProfile() {
        server.answer("GET", "/api/v1/profile", 200, PROFILE);

        Profile read = profile.get();

        assertThat(read.displayName()).isEqualTo("Frost");
        assertThat(read.fields()).singleElement().satisfies(field -> assertThat(field.name()).isEqualTo("Site"));
        assertThat(read.attributionDomains()).containsExactly("frost.example");
        assertThat(server.last("GET", "/api/v1/profile").header("Authorization")).contains("Bearer t");
    }

    @Test
    void aTextOnlyUpdateIsAFormWithOnlyWhatWasSet() {
        server.answer("PATCH", "/api/v1/profile", 200, PROFILE);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Site", "https://frost.example");
        fields.put("Pronouns", "it");

        Profile updated = profile.update(Profiles.Update.builder().displayName("Frost").locked(true).fields(fields)
                .attributionDomains(List.of("frost.example")).build());

        assertThat(server.last("PATCH", "/api/v1/profile").form()).isEqualTo(Map.of(
                "display_name", List.of("Frost"), "locked", List.of("true"),
                "fields_attributes[0][name]", List.of("Site"), "fields_attributes[0][value]", List.of("https://frost.example"),
                "fields_attributes[1][name]", List.of("Pronouns"), "fields_attributes[1][value]", List.of("it"),
                "attribution_domains[]", List.of("frost.example")));
        assertThat(updated.locked()).isTrue();
    }

    @Test
    void aNewAvatarGoesUpAsAMultipartUploadWithTheOtherFields() {
        server.answer("PATCH", "/api/v1/profile", 200, PROFILE);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

        profile.update(Profiles.Update.builder().avatar(new Profiles.Image("frost.png", "image/png", png))
                .avatarDescription("a snowflake").build());

        ReplayServer.Received sent = server.last("PATCH", "/api/v1/profile");
        assertThat(sent.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("multipart/form-data"));
        String body = new String(sent.body(), StandardCharsets.ISO_8859_1);
        assertThat(body).contains("name=\"avatar_description\"\r\n\r\na snowflake")
                .contains("name=\"avatar\"; filename=\"frost.png\"\r\nContent-Type: image/png")
                .contains(new String(png, StandardCharsets.ISO_8859_1));
    }

    @Test
    void deletingTheAvatarOrHeaderAnswersTheAccount() {
        String account = Cassettes.load("test_account.yaml").find("GET", "/api/v1/accounts/verify_credentials").get(0)
                .response().body();
        server.answer("DELETE", "/api/v1/profile/avatar", 200, account);
        server.answer("DELETE", "/api/v1/profile/header", 200, account);

        Account afterAvatar = profile.deleteAvatar();
        Account afterHeader = profile.deleteHeader();

        assertThat(afterAvatar.acct()).isEqualTo("mastodonpy_test");
        assertThat(afterHeader.id()).isEqualTo(afterAvatar.id());
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path())
                .contains("DELETE /api/v1/profile/avatar", "DELETE /api/v1/profile/header");
    }
}
