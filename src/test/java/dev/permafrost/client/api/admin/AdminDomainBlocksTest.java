package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.client.api.admin.AdminDomainBlocks.Options;
import dev.permafrost.client.api.admin.AdminDomainBlocks.Severity;
import dev.permafrost.model.AdminDomainBlock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminDomainBlocksTest {
    private AdminSim sim;
    private AdminDomainBlocks blocks;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        blocks = sim.admin.domainBlocks();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String remoteDomain() {
        String acct = sim.world.acct(sim.remoteAccount());
        return acct.substring(acct.indexOf('@') + 1);
    }

    @Test
    void createSendsTheDomainAndItsOptions() {
        AdminDomainBlock block = blocks.create("spam.example", Options.DEFAULTS.severity(Severity.NOOP).rejectMedia(true)
                .publicComment("sicko behaviour").privateComment("see ticket 12").obfuscate(true));

        assertThat(AdminSim.form(sim.last("POST", "/api/v1/admin/domain_blocks")))
                .containsEntry("domain", List.of("spam.example"))
                .containsEntry("severity", List.of("noop"))
                .containsEntry("reject_media", List.of("true"))
                .containsEntry("public_comment", List.of("sicko behaviour"))
                .containsEntry("private_comment", List.of("see ticket 12"))
                .containsEntry("obfuscate", List.of("true"))
                .doesNotContainKey("reject_reports");
        assertThat(block.id()).isEqualTo("1");
        assertThat(block.severity()).isEqualTo("noop");
        assertThat(block.rejectMedia()).isTrue();
        assertThat(block.rejectReports()).isFalse();
        assertThat(block.digest()).hasSize(64);
        assertThat(block.createdAt()).isNotNull();
    }

    @Test
    void suspendingADomainSuspendsItsAccountsUntilTheBlockIsLifted() {
        String remote = sim.remoteAccount();
        AdminDomainBlock block = blocks.create(remoteDomain(), Options.DEFAULTS.severity(Severity.SUSPEND));
        assertThat(sim.admin.accounts().get(remote).suspended()).isTrue();

        blocks.delete(block.id());

        assertThat(sim.last("DELETE", "/api/v1/admin/domain_blocks/" + block.id()).status()).isEqualTo(200);
        assertThat(sim.admin.accounts().get(remote).suspended()).isFalse();
        assertThatThrownBy(() -> blocks.get(block.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void blockingADomainTwiceIsRejectedNamingTheExistingBlock() {
        blocks.create("chitter.xyz", Options.DEFAULTS);

        assertThatThrownBy(() -> blocks.create("sub.chitter.xyz", Options.DEFAULTS))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("chitter.xyz");
    }

    @Test
    void updateSendsOnlyTheChangedOptionsAndGetReadsTheResult() {
        AdminDomainBlock created = blocks.create("chitter.xyz", Options.DEFAULTS.severity(Severity.SUSPEND)
                .publicComment("public"));

        AdminDomainBlock updated = blocks.update(created.id(), Options.DEFAULTS.severity(Severity.SILENCE)
                .privateComment("jk ilu <3"));

        assertThat(sim.last("PUT", "/api/v1/admin/domain_blocks/" + created.id()).bodyText())
                .isEqualTo("severity=silence&private_comment=jk+ilu+%3C3");
        assertThat(updated.severity()).isEqualTo("silence");
        assertThat(blocks.get(created.id())).satisfies(read -> {
            assertThat(read.privateComment()).isEqualTo("jk ilu <3");
            assertThat(read.publicComment()).isEqualTo("public");
        });
    }

    @Test
    void listPagesThroughTheBlocksNewestFirst() {
        blocks.create("one.example", Options.DEFAULTS);
        blocks.create("two.example", Options.DEFAULTS);
        blocks.create("three.example", Options.DEFAULTS);

        List<AdminDomainBlock> all = blocks.list(PageRequest.newest().limit(2)).stream(dev.permafrost.client.Direction.OLDER)
                .toList();

        assertThat(sim.last("GET", "/api/v1/admin/domain_blocks").query("limit")).hasValue("2");
        assertThat(all).extracting(AdminDomainBlock::domain).containsExactly("three.example", "two.example", "one.example");
    }
}
