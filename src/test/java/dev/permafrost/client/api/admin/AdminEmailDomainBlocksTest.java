package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.model.AdminEmailDomainBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminEmailDomainBlocksTest {
    private AdminSim sim;
    private AdminEmailDomainBlocks blocks;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        blocks = sim.admin.emailDomainBlocks();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createSendsTheDomainAndParsesTheDailyHistory() {
        AdminEmailDomainBlock block = blocks.create("blockedexample.com");

        assertThat(sim.last("POST", "/api/v1/admin/email_domain_blocks").bodyText()).isEqualTo("domain=blockedexample.com");
        assertThat(block.domain()).isEqualTo("blockedexample.com");
        assertThat(block.allowWithApproval()).isFalse();
        assertThat(block.history()).hasSize(7).allSatisfy(day -> assertThat(day.day()).isNotNull());
    }

    @Test
    void createCanLetSignUpsThroughWithApproval() {
        AdminEmailDomainBlock block = blocks.create("maybe.example", true);

        assertThat(sim.last("POST", "/api/v1/admin/email_domain_blocks").bodyText())
                .isEqualTo("domain=maybe.example&allow_with_approval=true");
        assertThat(block.allowWithApproval()).isTrue();
    }

    @Test
    void aDomainBlockedTwiceIsRejected() {
        blocks.create("twice.example");

        assertThatThrownBy(() -> blocks.create("twice.example")).isInstanceOf(UnprocessableException.class);
    }

    @Test
    void getAsksTheServerVersionFirstBecauseItCameWithMastodon41() {
        AdminEmailDomainBlock block = blocks.create("one.example");

        assertThat(blocks.get(block.id()).domain()).isEqualTo("one.example");
        assertThat(sim.server.requests().count(r -> r.path().equals("/api/v2/instance"))).isEqualTo(1);
        assertThat(sim.last("GET", "/api/v1/admin/email_domain_blocks/" + block.id()).status()).isEqualTo(200);
    }

    @Test
    void listAndDeleteWorkOnTheBlocks() {
        AdminEmailDomainBlock one = blocks.create("one.example");
        AdminEmailDomainBlock two = blocks.create("two.example");
        assertThat(blocks.list(PageRequest.newest()).items()).extracting(AdminEmailDomainBlock::id)
                .containsExactly(two.id(), one.id());

        blocks.delete(one.id());

        assertThat(sim.last("DELETE", "/api/v1/admin/email_domain_blocks/" + one.id()).status()).isEqualTo(200);
        assertThat(blocks.list(PageRequest.newest()).items()).extracting(AdminEmailDomainBlock::id).containsExactly(two.id());
        assertThatThrownBy(() -> blocks.get(one.id())).isInstanceOf(NotFoundException.class);
    }
}
