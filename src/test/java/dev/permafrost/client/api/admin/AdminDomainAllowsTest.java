package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.AdminDomainAllow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminDomainAllowsTest {
    private AdminSim sim;
    private AdminDomainAllows allows;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        allows = sim.admin.domainAllows();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void createSendsTheDomainAndAllowingItAgainReturnsTheSameEntry() {
        AdminDomainAllow first = allows.create("Friends.Example");
        AdminDomainAllow again = allows.create("friends.example");

        assertThat(sim.last("POST", "/api/v1/admin/domain_allows").bodyText()).isEqualTo("domain=friends.example");
        assertThat(first.domain()).isEqualTo("friends.example");
        assertThat(first.createdAt()).isNotNull();
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void getListAndDeleteWorkOnTheAllowList() {
        AdminDomainAllow one = allows.create("one.example");
        AdminDomainAllow two = allows.create("two.example");

        assertThat(allows.get(one.id()).domain()).isEqualTo("one.example");
        assertThat(allows.list(PageRequest.newest()).items()).extracting(AdminDomainAllow::id)
                .containsExactly(two.id(), one.id());

        allows.delete(one.id());

        assertThat(sim.last("DELETE", "/api/v1/admin/domain_allows/" + one.id()).status()).isEqualTo(200);
        assertThat(allows.list(PageRequest.newest()).items()).extracting(AdminDomainAllow::id).containsExactly(two.id());
        assertThatThrownBy(() -> allows.get(one.id())).isInstanceOf(NotFoundException.class);
    }
}
