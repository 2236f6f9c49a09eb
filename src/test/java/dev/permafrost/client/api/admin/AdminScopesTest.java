package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.PageRequest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin calls with a token that lacks the admin scopes, or of an account that is no admin. */
class AdminScopesTest {
    private AdminSim sim;
    private Admin user;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        user = sim.client(sim.world.userToken()).admin();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aReadWithoutAdminScopesIsForbiddenNamingTheScopeNeeded() {
        assertThatThrownBy(() -> user.accounts().get(sim.world.me()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("This action is outside the authorized scopes")
                .hasMessageContaining("admin:read:accounts (or admin:read)");
    }

    @Test
    void aWriteWithoutAdminScopesNamesTheWriteScope() {
        assertThatThrownBy(() -> user.reports().resolve("1"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("admin:write:reports (or admin:write)");
    }

    @Test
    void aPageOfAListNamesItsScopeToo() {
        assertThatThrownBy(() -> user.ipBlocks().list(PageRequest.newest()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("admin:read:ip_blocks");
    }

    @Test
    void endpointsWithoutAGranularScopeNameTheBroadOne() {
        assertThatThrownBy(() -> user.trends().tags(0, 0))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("the scope admin:read this admin endpoint needs")
                .hasMessageNotContaining("(or");
    }

    @Test
    void adminScopesOfAnAccountThatIsNoAdminAreForbiddenWithTheSameAdvice() {
        Mastodon scoped = sim.client(sim.world.issueToken(sim.world.me(), Set.of("read", "admin:read", "admin:write")));

        assertThatThrownBy(() -> scoped.admin().domainBlocks().list(PageRequest.newest()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("This action is not allowed")
                .hasMessageContaining("lacks the role")
                .hasMessageContaining("admin:read:domain_blocks (or admin:read)");
    }

    @Test
    void theTokenNeverAppearsInTheMessage() {
        assertThatThrownBy(() -> user.accounts().approve(sim.world.me()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageNotContaining(sim.world.userToken());
    }
}
