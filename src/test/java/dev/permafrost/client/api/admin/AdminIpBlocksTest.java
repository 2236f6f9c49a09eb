package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.client.api.admin.AdminIpBlocks.Options;
import dev.permafrost.client.api.admin.AdminIpBlocks.Severity;
import dev.permafrost.model.AdminIpBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminIpBlocksTest {
    private AdminSim sim;
    private AdminIpBlocks blocks;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        blocks = sim.admin.ipBlocks();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createSendsTheRangeItsSeverityCommentAndLifetime() {
        Instant before = Instant.now();

        AdminIpBlock block = blocks.create(Options.of("8.8.8.8/24", Severity.NO_ACCESS).comment("Google DNS is ULTRA BANNED")
                .expiresIn(Duration.ofDays(1)));

        assertThat(AdminSim.form(sim.last("POST", "/api/v1/admin/ip_blocks")))
                .containsEntry("ip", List.of("8.8.8.8/24"))
                .containsEntry("severity", List.of("no_access"))
                .containsEntry("comment", List.of("Google DNS is ULTRA BANNED"))
                .containsEntry("expires_in", List.of("86400"));
        assertThat(block.ip()).isEqualTo("8.8.8.0/24");
        assertThat(block.severity()).isEqualTo("no_access");
        assertThat(block.expiresAt()).isAfter(before.plus(Duration.ofHours(23)));
    }

    @Test
    void aSingleAddressBecomesAWholePrefixAndADuplicateIsRejected() {
        AdminIpBlock block = blocks.create(Options.of("192.0.2.7", Severity.SIGN_UP_BLOCK));

        assertThat(block.ip()).isEqualTo("192.0.2.7/32");
        assertThat(block.expiresAt()).isNull();
        assertThatThrownBy(() -> blocks.create(Options.of("192.0.2.7/32", Severity.SIGN_UP_BLOCK)))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("Ip has already been taken");
    }

    @Test
    void anAddressThatIsNoIpIsRejectedByTheServer() {
        assertThatThrownBy(() -> blocks.create(Options.of("example.com", Severity.SIGN_UP_BLOCK)))
                .isInstanceOf(UnprocessableException.class);
    }

    @Test
    void createWithoutARangeFailsBeforeAnyRequest() {
        assertThatThrownBy(() -> blocks.create(Options.NONE.severity(Severity.NO_ACCESS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an ip");
        assertThat(sim.server.requests().count(r -> r.path().startsWith("/api/v1/admin/ip_blocks"))).isZero();
    }

    @Test
    void updateSendsOnlyWhatChangesAndKeepsTheRest() {
        AdminIpBlock created = blocks.create(Options.of("2001:db8::/32", Severity.SIGN_UP_REQUIRES_APPROVAL).comment("old"));

        AdminIpBlock updated = blocks.update(created.id(), Options.NONE.comment("Updated test block"));

        assertThat(sim.last("PUT", "/api/v1/admin/ip_blocks/" + created.id()).bodyText())
                .isEqualTo("comment=Updated+test+block");
        assertThat(updated.comment()).isEqualTo("Updated test block");
        assertThat(updated.severity()).isEqualTo("sign_up_requires_approval");
        assertThat(blocks.get(created.id()).ip()).isEqualTo(created.ip());
    }

    @Test
    void listAndDeleteWorkOnTheBlocks() {
        AdminIpBlock one = blocks.create(Options.of("198.51.100.0/24", Severity.NO_ACCESS));
        AdminIpBlock two = blocks.create(Options.of("203.0.113.0/24", Severity.NO_ACCESS));
        assertThat(blocks.list(PageRequest.newest()).items()).extracting(AdminIpBlock::id).containsExactly(two.id(), one.id());

        blocks.delete(two.id());

        assertThat(sim.last("DELETE", "/api/v1/admin/ip_blocks/" + two.id()).status()).isEqualTo(200);
        assertThat(blocks.list(PageRequest.newest()).items()).extracting(AdminIpBlock::id).containsExactly(one.id());
        assertThatThrownBy(() -> blocks.get(two.id())).isInstanceOf(NotFoundException.class);
    }
}
