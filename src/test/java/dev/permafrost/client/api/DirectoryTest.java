package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.model.Account;
import dev.permafrost.model.Cassettes;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectoryTest {
    private SimHarness sim;
    private Directory directory;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        directory = sim.client(null).directory();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theNewestLocalAccountsComeFirstAndPageByOffset() {
        Page<Account> first = directory.list(Directory.Order.NEW, true, 0, 2);
        Page<Account> second = first.fetchNext().orElseThrow();

        RecordedRequest sent = sim.last("GET", "/api/v1/directory");
        assertThat(sent.query("order")).contains("new");
        assertThat(sent.query("local")).contains("true");
        assertThat(sent.query("offset")).contains("2");
        assertThat(first.items()).hasSize(2).allSatisfy(account -> assertThat(account.acct()).doesNotContain("@"));
        assertThat(Long.parseLong(first.items().get(0).id())).isGreaterThan(Long.parseLong(first.items().get(1).id()));
        assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    }

    @Test
    void theWholeDirectoryOnlyListsDiscoverableAccounts() {
        List<Account> all = directory.list(Directory.Order.ACTIVE, false, 0, 80).items();

        assertThat(all).isNotEmpty().allSatisfy(account -> assertThat(account.discoverable()).isTrue());
        assertThat(all).extracting(Account::id).doesNotContainAnyElementsOf(
                sim.world.optedOutAccountIds(dev.permafrost.sim.World.OptOut.NOT_DISCOVERABLE));
        assertThat(sim.last("GET", "/api/v1/directory").query("local")).isEmpty();
    }

    @Test
    void aRecordedDirectoryOfARealServerParses() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Cassettes.load("test_directory.yaml").interactions().get(0));
            Directory real = Mastodon.builder().instance(server.baseUri().toString()).build().directory();

            assertThat(real.list(Directory.Order.ACTIVE, false, 0, 0).items()).extracting(Account::acct)
                    .contains("mastodonpy_test_2");
            assertThat(server.last("GET", "/api/v1/directory").param("order")).contains("active");
        }
    }
}
