package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.ReplayServer;
import dev.permafrost.client.api.admin.AdminAccounts.Action;
import dev.permafrost.client.api.admin.AdminAccounts.ActionType;
import dev.permafrost.model.AdminAccount;
import dev.permafrost.model.AdminDomainBlock;
import dev.permafrost.model.Cassettes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin calls against responses recorded from a real Mastodon server (Mastodon.py's cassettes). */
class AdminRecordedTest {
    private static final String ACCOUNT = "117020566092212359";

    private ReplayServer server;
    private Admin admin;

    @BeforeEach
    void start() {
        server = ReplayServer.start();
        admin = Mastodon.builder().instance(server.baseUri().toString()).accessToken("test-token").build().admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theV1ListAndOneAccountParseAsRecorded() {
        Cassettes.Cassette cassette = Cassettes.load("test_admin_accounts.yaml");
        server.replay(cassette.find("GET", "/api/v1/admin/accounts").get(0));
        server.replay(cassette.find("GET", "/api/v1/admin/accounts/117020565693913441").get(0));

        List<AdminAccount> listed = admin.accounts().listV1(AdminAccounts.QueryV1.LOCAL_ACTIVE, PageRequest.newest()).items();
        AdminAccount one = admin.accounts().get("117020565693913441");

        assertThat(listed).isNotEmpty().allSatisfy(account -> assertThat(account.account()).isNotNull());
        assertThat(one.id()).isEqualTo("117020565693913441");
        assertThat(server.last("GET", "/api/v1/admin/accounts/117020565693913441").header("Authorization"))
                .hasValue("Bearer test-token");
    }

    @Test
    void aDisableActionSendsWhatMastodonPySentAndTheAccountReadsDisabled() {
        Cassettes.Cassette cassette = Cassettes.load("test_admin_moderation.yaml");
        server.replay(cassette.find("POST", "/api/v1/admin/accounts/" + ACCOUNT + "/action").get(0));
        server.replay(cassette.find("GET", "/api/v1/admin/accounts/" + ACCOUNT).get(0));
        server.replay(cassette.find("POST", "/api/v1/admin/accounts/" + ACCOUNT + "/enable").get(0));

        admin.accounts().action(ACCOUNT, Action.of(ActionType.DISABLE));
        AdminAccount disabled = admin.accounts().get(ACCOUNT);
        AdminAccount enabled = admin.accounts().enable(ACCOUNT);

        assertThat(server.last("POST", "/api/v1/admin/accounts/" + ACCOUNT + "/action").form())
                .containsEntry("type", List.of("disable"))
                .containsEntry("send_email_notification", List.of("true"));
        assertThat(disabled.disabled()).isTrue();
        assertThat(disabled.email()).isEqualTo("mastodonpy_test_2@localhost");
        assertThat(enabled.disabled()).isFalse();
    }

    @Test
    void aRecordedDomainBlockParsesWithItsComments() {
        Cassettes.Interaction created = Cassettes.load("test_admin_domain_blocks.yaml").find("POST", "/api/v1/admin/domain_blocks/")
                .get(0);
        server.answer("POST", "/api/v1/admin/domain_blocks", 200, created.response().body());

        AdminDomainBlock block = admin.domainBlocks().create("chitter.xyz",
                AdminDomainBlocks.Options.DEFAULTS.severity(AdminDomainBlocks.Severity.SUSPEND).publicComment("sicko behaviour"));

        assertThat(server.last("POST", "/api/v1/admin/domain_blocks").bodyText())
                .isEqualTo(created.request().bodyText());
        assertThat(block.domain()).isEqualTo("chitter.xyz");
        assertThat(block.publicComment()).isEqualTo("sicko behaviour");
    }

    @Test
    void recordedTrendingTagsOfAnEmptyServerAreAnEmptyPage() {
        server.replay(Cassettes.load("test_admin_trends.yaml").find("GET", "/api/v1/admin/trends/tags").get(0));

        assertThat(admin.trends().tags(0, 5).items()).isEmpty();
        assertThat(server.last("GET", "/api/v1/admin/trends/tags").param("limit")).hasValue("5");
    }
}
