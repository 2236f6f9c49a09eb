package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.admin.AdminAccounts.Action;
import dev.permafrost.client.api.admin.AdminAccounts.ActionType;
import dev.permafrost.client.api.admin.AdminAccounts.Origin;
import dev.permafrost.client.api.admin.AdminAccounts.Query;
import dev.permafrost.client.api.admin.AdminAccounts.QueryV1;
import dev.permafrost.client.api.admin.AdminAccounts.Status;
import dev.permafrost.model.AdminAccount;
import dev.permafrost.model.AdminReport;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminAccountsTest {
    private AdminSim sim;
    private AdminAccounts accounts;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        accounts = sim.admin.accounts();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void listSendsTheV2FiltersAndParsesAdminAccounts() {
        Page<AdminAccount> page = accounts.list(Query.ALL.origin(Origin.LOCAL).status(Status.ACTIVE).username("ali"),
                PageRequest.newest().limit(5));

        RecordedRequest sent = sim.last("GET", "/api/v2/admin/accounts");
        assertThat(sent.query("origin")).hasValue("local");
        assertThat(sent.query("status")).hasValue("active");
        assertThat(sent.query("username")).hasValue("ali");
        assertThat(sent.query("limit")).hasValue("5");
        assertThat(page.items()).extracting(AdminAccount::username).containsExactly("alice");
        assertThat(page.items().get(0).email()).isEqualTo("alice@sim.local");
        assertThat(page.items().get(0).account().id()).isEqualTo(sim.world.me());
    }

    @Test
    void listWithoutFiltersWalksEveryAccount() {
        List<AdminAccount> all = accounts.list(Query.ALL, PageRequest.newest().limit(7)).stream(Direction.OLDER).toList();

        assertThat(all).extracting(AdminAccount::id).containsExactlyInAnyOrderElementsOf(sim.world.accountIds());
        assertThat(sim.server.requests().count(r -> r.path().equals("/api/v2/admin/accounts"))).isGreaterThan(1);
    }

    @Test
    void listSendsStaffRolesAndRepeatedRoleIds() {
        Page<AdminAccount> page = accounts.list(Query.ALL.staff(true).roleIds(List.of("3", "4")), PageRequest.newest());

        RecordedRequest sent = sim.last("GET", "/api/v2/admin/accounts");
        assertThat(sent.query("permissions")).hasValue("staff");
        assertThat(sent.queryAll("role_ids[]")).containsExactly("3", "4");
        assertThat(page.items()).singleElement().satisfies(admin -> {
            assertThat(admin.id()).isEqualTo(sim.world.admin());
            assertThat(admin.role().name()).isEqualTo("Owner");
        });
    }

    @Test
    void listV1SendsNoFlagsForLocalActiveAccounts() {
        Page<AdminAccount> page = accounts.listV1(QueryV1.LOCAL_ACTIVE, PageRequest.largest());

        RecordedRequest sent = sim.last("GET", "/api/v1/admin/accounts");
        assertThat(sent.query()).extracting(java.util.Map.Entry::getKey).containsExactly("limit");
        assertThat(sent.query("limit")).hasValue("200");
        assertThat(page.items()).isNotEmpty().allSatisfy(account -> assertThat(account.domain()).isNull());
    }

    @Test
    void listV1SendsItsStatusAsAFlag() {
        String remote = sim.remoteAccount();
        accounts.action(remote, Action.of(ActionType.SUSPEND));

        Page<AdminAccount> page = accounts.listV1(QueryV1.LOCAL_ACTIVE.remote(true).status(Status.SUSPENDED),
                PageRequest.newest());

        RecordedRequest sent = sim.last("GET", "/api/v1/admin/accounts");
        assertThat(sent.query("remote")).hasValue("true");
        assertThat(sent.query("suspended")).hasValue("true");
        assertThat(page.items()).extracting(AdminAccount::id).containsExactly(remote);
    }

    @Test
    void getReadsOneAccountWithItsModerationState() {
        AdminAccount alice = accounts.get(sim.world.me());

        assertThat(sim.last("GET", "/api/v1/admin/accounts/" + sim.world.me()).token()).hasValue(sim.world.adminToken());
        assertThat(alice.username()).isEqualTo("alice");
        assertThat(alice.approved()).isTrue();
        assertThat(alice.suspended()).isFalse();
        assertThat(alice.createdAt()).isNotNull();
        assertThat(alice.raw()).contains("\"email\":\"alice@sim.local\"");
    }

    @Test
    void approveLetsAPendingSignUpIn() {
        String pending = sim.world.signUp("newcomer", "I archive glaciers");
        assertThat(accounts.list(Query.ALL.status(Status.PENDING), PageRequest.newest()).items())
                .extracting(AdminAccount::id).containsExactly(pending);

        AdminAccount approved = accounts.approve(pending);

        assertThat(sim.last("POST", "/api/v1/admin/accounts/" + pending + "/approve").bodyText()).isEmpty();
        assertThat(approved.approved()).isTrue();
        assertThat(approved.inviteRequest()).isEqualTo("I archive glaciers");
        assertThat(accounts.list(Query.ALL.status(Status.PENDING), PageRequest.newest()).items()).isEmpty();
    }

    @Test
    void rejectDeletesAPendingSignUp() {
        String pending = sim.world.signUp("spammer", "");

        accounts.reject(pending);

        assertThat(sim.last("POST", "/api/v1/admin/accounts/" + pending + "/reject").status()).isEqualTo(200);
        assertThatThrownBy(() -> accounts.get(pending)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void approvingAnAccountThatIsNotPendingIsForbidden() {
        assertThatThrownBy(() -> accounts.approve(sim.localAccount()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("This action is not allowed")
                .hasMessageContaining("approving an account that is not pending");
    }

    @Test
    void suspendSendsTheActionAndResolvesEveryOpenReportAgainstTheAccount() {
        String target = sim.localAccount();
        String first = sim.world.fileReport(sim.world.me(), target, List.of(), "spam", "first");
        String second = sim.world.fileReport(sim.world.me(), target, List.of(), "other", "second");

        accounts.action(target, Action.of(ActionType.SUSPEND).text("Spam, again.").sendEmailNotification(false));

        RecordedRequest sent = sim.last("POST", "/api/v1/admin/accounts/" + target + "/action");
        assertThat(AdminSim.form(sent)).containsEntry("type", List.of("suspend"))
                .containsEntry("text", List.of("Spam, again."))
                .containsEntry("send_email_notification", List.of("false"))
                .doesNotContainKey("report_id");
        assertThat(sent.bodyText()).isEqualTo("type=suspend&text=Spam%2C+again.&send_email_notification=false");
        assertThat(accounts.get(target).suspended()).isTrue();
        assertThat(sim.admin.reports().get(first).actionTaken()).isTrue();
        assertThat(sim.admin.reports().get(second).actionTakenByAccount().id()).isEqualTo(sim.world.admin());
    }

    @Test
    void aWarningWithAReportResolvesOnlyThatReport() {
        String target = sim.localAccount();
        String answered = sim.world.fileReport(sim.world.me(), target, List.of(), "spam", "answered");
        String other = sim.world.fileReport(sim.world.me(), target, List.of(), "spam", "other");

        accounts.action(target, Action.of(ActionType.NONE).reportId(answered).warningPresetId("7"));

        assertThat(AdminSim.form(sim.last("POST", "/api/v1/admin/accounts/" + target + "/action")))
                .containsEntry("type", List.of("none"))
                .containsEntry("report_id", List.of(answered))
                .containsEntry("warning_preset_id", List.of("7"))
                .containsEntry("send_email_notification", List.of("true"));
        assertThat(sim.admin.reports().get(answered).actionTaken()).isTrue();
        assertThat(sim.admin.reports().get(other).actionTaken()).isFalse();
        assertThat(accounts.get(target).suspended()).isFalse();
    }

    @Test
    void silenceIsLiftedByUnsilence() {
        String target = sim.localAccount();
        accounts.action(target, Action.of(ActionType.SILENCE));
        assertThat(accounts.get(target).silenced()).isTrue();

        AdminAccount lifted = accounts.unsilence(target);

        assertThat(sim.last("POST", "/api/v1/admin/accounts/" + target + "/unsilence").status()).isEqualTo(200);
        assertThat(lifted.silenced()).isFalse();
    }

    @Test
    void sensitiveIsLiftedByUnsensitive() {
        String target = sim.remoteAccount();
        accounts.action(target, Action.of(ActionType.SENSITIVE));
        assertThat(accounts.get(target).sensitized()).isTrue();

        AdminAccount lifted = accounts.unsensitive(target);

        assertThat(sim.last("POST", "/api/v1/admin/accounts/" + target + "/unsensitive").status()).isEqualTo(200);
        assertThat(lifted.sensitized()).isFalse();
    }

    @Test
    void disableIsLiftedByEnable() {
        String target = sim.localAccount();
        accounts.action(target, Action.of(ActionType.DISABLE));
        assertThat(accounts.get(target).disabled()).isTrue();

        AdminAccount enabled = accounts.enable(target);

        assertThat(sim.last("POST", "/api/v1/admin/accounts/" + target + "/enable").status()).isEqualTo(200);
        assertThat(enabled.disabled()).isFalse();
    }

    @Test
    void unsuspendLiftsASuspensionAndIsForbiddenWithoutOne() {
        String target = sim.localAccount();
        accounts.action(target, Action.of(ActionType.SUSPEND));

        AdminAccount lifted = accounts.unsuspend(target);

        assertThat(lifted.suspended()).isFalse();
        assertThatThrownBy(() -> accounts.unsuspend(target)).isInstanceOf(ForbiddenException.class);
        assertThat(sim.server.requests().count(r -> r.path().endsWith("/unsuspend"))).isEqualTo(2);
    }

    @Test
    void deleteRemovesTheDataOfASuspendedAccountOnly() {
        String target = sim.localAccount();
        assertThatThrownBy(() -> accounts.delete(target)).isInstanceOf(ForbiddenException.class);
        accounts.action(target, Action.of(ActionType.SUSPEND));

        accounts.delete(target);

        RecordedRequest sent = sim.last("DELETE", "/api/v1/admin/accounts/" + target);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.query()).isEmpty();
        assertThatThrownBy(() -> accounts.delete(target)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anActionOfAnUnknownReportIsNotFound() {
        assertThatThrownBy(() -> accounts.action(sim.localAccount(), Action.of(ActionType.NONE).reportId("999")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reportsOfTheSeededQueueAreResolvedByAnActionAgainstTheirTarget() {
        List<AdminReport> open = sim.admin.reports().list(AdminReports.Filter.OPEN, PageRequest.newest()).items();
        String target = open.get(0).targetAccount().id();

        accounts.action(target, Action.of(ActionType.SILENCE));

        assertThat(sim.admin.reports().list(AdminReports.Filter.OPEN, PageRequest.newest()).items())
                .extracting(report -> report.targetAccount().id()).doesNotContain(target);
    }
}
