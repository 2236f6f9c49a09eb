package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Account;
import dev.permafrost.model.Token;
import dev.permafrost.sim.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user's own profile (update_credentials) against the simulator, and signing up against a recording. */
class AccountCredentialsTest {
    private static final byte[] AVATAR = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10, 0x20, 0x30};

    @Test
    void aProfileWithoutImagesIsUpdatedWithAPlainPatchForm() {
        try (SimHarness sim = SimHarness.start()) {
            Account account = sim.mastodon.accounts().updateCredentials(CredentialsUpdate.builder()
                    .displayName("Jack Frost").note("Paints windows").locked(true)
                    .field("Web", "https://frost.example").defaultVisibility(Visibility.UNLISTED).build());

            RecordedRequest request = sim.last("PATCH", "/api/v1/accounts/update_credentials");
            assertThat(request.header("Content-Type")).contains("application/x-www-form-urlencoded");
            assertThat(SimHarness.form(request)).containsEntry("display_name", List.of("Jack Frost"))
                    .containsEntry("note", List.of("Paints windows")).containsEntry("locked", List.of("true"))
                    .containsEntry("fields_attributes[0][name]", List.of("Web"))
                    .containsEntry("fields_attributes[0][value]", List.of("https://frost.example"))
                    .containsEntry("source[privacy]", List.of("unlisted"));
            assertThat(account.displayName()).isEqualTo("Jack Frost");
            assertThat(account.note()).isEqualTo("<p>Paints windows</p>");
            assertThat(account.locked()).isTrue();
            assertThat(account.fields()).extracting(Account.Field::name).containsExactly("Web");
            assertThat(account.source()).isNotNull();
        }
    }

    @Test
    void anAvatarIsUploadedAsAMultipartPatch() {
        try (SimHarness sim = SimHarness.start()) {
            String before = sim.mastodon.accounts().verifyCredentials().avatar();

            Account account = sim.mastodon.accounts().updateCredentials(CredentialsUpdate.builder()
                    .displayName("Frost").avatar(UploadFile.of("me.jpg", AVATAR)).build());

            RecordedRequest request = sim.last("PATCH", "/api/v1/accounts/update_credentials");
            assertThat(request.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("multipart/form-data"));
            String body = new String(request.body(), StandardCharsets.ISO_8859_1);
            assertThat(body).contains("name=\"display_name\"\r\n\r\nFrost")
                    .contains("name=\"avatar\"; filename=\"me.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
                            + new String(AVATAR, StandardCharsets.ISO_8859_1));
            assertThat(account.displayName()).isEqualTo("Frost");
            assertThat(account.avatar()).isNotEqualTo(before);
        }
    }

    @Test
    void moreThanFourFieldsAreRefusedBeforeSending() {
        CredentialsUpdate.Builder builder = CredentialsUpdate.builder();
        for (int i = 0; i < CredentialsUpdate.MAX_FIELDS; i++) {
            builder.field("f" + i, "v");
        }

        assertThatThrownBy(() -> builder.field("one", "too many")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signingUpSendsTheRegistrationAndAnswersTheNewUsersToken() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Replays.recorded("test_app_account_create.yaml", "POST", "/api/v1/accounts"));
            Mastodon mastodon = Replays.client(server);
            Registration registration = Registration.of("coolguy16775", "email@localhost16775", "swordfish");

            Token token = mastodon.accounts().register(registration);

            assertThat(server.last("POST", "/api/v1/accounts").form()).containsEntry("username", List.of("coolguy16775"))
                    .containsEntry("email", List.of("email@localhost16775")).containsEntry("password", List.of("swordfish"))
                    .containsEntry("agreement", List.of("true")).containsEntry("locale", List.of("en"));
            assertThat(token.accessToken()).isNotBlank();
            assertThat(token.tokenType()).isEqualTo("Bearer");
            assertThat(registration.toString()).doesNotContain("swordfish");
        }
    }
}
