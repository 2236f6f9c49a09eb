package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.PageRequest;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.client.api.admin.AdminReports.Category;
import dev.permafrost.client.api.admin.AdminReports.Filter;
import dev.permafrost.client.api.admin.AdminReports.Update;
import dev.permafrost.model.AdminReport;
import dev.permafrost.model.InstanceRule;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminReportsTest {
    private AdminSim sim;
    private AdminReports reports;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        reports = sim.admin.reports();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void listShowsTheOpenReportsNewestFirst() {
        List<AdminReport> open = reports.list(Filter.OPEN, PageRequest.newest()).items();

        assertThat(sim.last("GET", "/api/v1/admin/reports").query()).isEmpty();
        assertThat(open).hasSize(3).allSatisfy(report -> {
            assertThat(report.actionTaken()).isFalse();
            assertThat(report.account().id()).isEqualTo(sim.world.me());
        });
        assertThat(open).extracting(AdminReport::id).containsExactly("3", "2", "1");
    }

    @Test
    void listSendsItsFiltersAndFindsResolvedReports() {
        String target = sim.localAccount();
        String report = sim.world.fileReport(sim.world.admin(), target, List.of(), "spam", "resolved one");
        reports.resolve(report);

        List<AdminReport> resolved = reports.list(new Filter(true, sim.world.admin(), target), PageRequest.newest().limit(2))
                .items();

        RecordedRequest sent = sim.last("GET", "/api/v1/admin/reports");
        assertThat(sent.query("resolved")).hasValue("true");
        assertThat(sent.query("account_id")).hasValue(sim.world.admin());
        assertThat(sent.query("target_account_id")).hasValue(target);
        assertThat(sent.query("limit")).hasValue("2");
        assertThat(resolved).extracting(AdminReport::id).containsExactly(report);
    }

    @Test
    void getReadsAReportWithItsAccountsStatusesAndRules() {
        AdminReport violation = reports.get("2");

        assertThat(sim.last("GET", "/api/v1/admin/reports/2").status()).isEqualTo(200);
        assertThat(violation.category()).isEqualTo("violation");
        assertThat(violation.rules()).extracting(InstanceRule::id).containsExactly("1");
        assertThat(violation.targetAccount().account()).isNotNull();
        assertThat(violation.statuses()).allSatisfy(status ->
                assertThat(status.account().id()).isEqualTo(violation.targetAccount().id()));
        assertThat(violation.assignedAccount()).isNull();
    }

    @Test
    void updateSendsTheCategoryAndRepeatedRuleIds() {
        AdminReport updated = reports.update("1", Update.violation(List.of("2", "3")));

        assertThat(AdminSim.form(sim.last("PUT", "/api/v1/admin/reports/1")))
                .containsEntry("category", List.of("violation"))
                .containsEntry("rule_ids[]", List.of("2", "3"));
        assertThat(updated.category()).isEqualTo("violation");
        assertThat(updated.rules()).extracting(InstanceRule::id).containsExactly("2", "3");
    }

    @Test
    void updateSendsOnlyTheCategoryWhenNoRulesAreGiven() {
        AdminReport updated = reports.update("2", Update.category(Category.LEGAL));

        assertThat(sim.last("PUT", "/api/v1/admin/reports/2").bodyText()).isEqualTo("category=legal");
        assertThat(updated.category()).isEqualTo("legal");
    }

    @Test
    void anUnknownCategoryIsRejectedByTheServer() {
        sim.world.fileReport(sim.world.me(), sim.localAccount(), List.of(), "spam", "x");

        assertThatThrownBy(() -> sim.mastodon.call("PUT", "/api/v1/admin/reports/4", java.util.Map.of("category", "rude")))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("Category is not included in the list");
    }

    @Test
    void assignToSelfAndUnassignSetAndClearTheAssignee() {
        AdminReport assigned = reports.assignToSelf("1");
        assertThat(assigned.assignedAccount().id()).isEqualTo(sim.world.admin());

        AdminReport unassigned = reports.unassign("1");

        assertThat(sim.last("POST", "/api/v1/admin/reports/1/assign_to_self").status()).isEqualTo(200);
        assertThat(sim.last("POST", "/api/v1/admin/reports/1/unassign").status()).isEqualTo(200);
        assertThat(unassigned.assignedAccount()).isNull();
    }

    @Test
    void resolveAndReopenMoveAReportBetweenTheQueues() {
        AdminReport resolved = reports.resolve("3");
        assertThat(resolved.actionTaken()).isTrue();
        assertThat(resolved.actionTakenAt()).isNotNull();
        assertThat(resolved.actionTakenByAccount().id()).isEqualTo(sim.world.admin());
        assertThat(reports.list(Filter.OPEN, PageRequest.newest()).items()).extracting(AdminReport::id)
                .doesNotContain("3");

        AdminReport reopened = reports.reopen("3");

        assertThat(sim.last("POST", "/api/v1/admin/reports/3/reopen").status()).isEqualTo(200);
        assertThat(reopened.actionTaken()).isFalse();
        assertThat(reopened.actionTakenByAccount()).isNull();
        assertThat(reports.list(Filter.OPEN, PageRequest.newest()).items()).extracting(AdminReport::id).contains("3");
    }
}
