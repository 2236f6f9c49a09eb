package dev.permafrost.client.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.api.ReplayServer;
import dev.permafrost.client.api.admin.AdminMetrics.Dimension;
import dev.permafrost.client.api.admin.AdminMetrics.DimensionQuery;
import dev.permafrost.client.api.admin.AdminMetrics.Frequency;
import dev.permafrost.client.api.admin.AdminMetrics.Measure;
import dev.permafrost.client.api.admin.AdminMetrics.MeasureQuery;
import dev.permafrost.model.AdminCohort;
import dev.permafrost.model.AdminDimension;
import dev.permafrost.model.AdminMeasure;
import dev.permafrost.model.Cassettes;
import dev.permafrost.sim.RecordedRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminMetricsTest {
    private AdminSim sim;
    private AdminMetrics metrics;
    private LocalDate end;

    @BeforeEach
    void start() {
        sim = AdminSim.start();
        metrics = sim.admin.metrics();
        end = LocalDate.now(ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void measuresSendTheKeysThePeriodAndTheDomainOfInstanceKeys() {
        String acct = sim.world.acct(sim.remoteAccount());
        String domain = acct.substring(acct.indexOf('@') + 1);
        sim.world.signUp("fresh", "hello");

        List<AdminMeasure> measures = metrics.measures(
                MeasureQuery.of(List.of(Measure.NEW_USERS, Measure.INSTANCE_ACCOUNTS), end.minusDays(6), end).domain(domain));

        RecordedRequest sent = sim.last("POST", "/api/v1/admin/measures");
        assertThat(AdminSim.form(sent))
                .containsEntry("keys[]", List.of("new_users", "instance_accounts"))
                .containsEntry("start_at", List.of(end.minusDays(6).toString()))
                .containsEntry("end_at", List.of(end.toString()))
                .containsEntry("instance_accounts[domain]", List.of(domain))
                .doesNotContainKey("new_users[domain]");
        assertThat(measures).extracting(AdminMeasure::key).containsExactly("new_users", "instance_accounts");
        AdminMeasure newUsers = measures.get(0);
        assertThat(newUsers.data()).hasSize(7);
        assertThat(newUsers.total()).isEqualTo("1");
        assertThat(newUsers.data().get(6).value()).isEqualTo("1");
    }

    @Test
    void aMeasureAboutAServerNeedsItsDomainBeforeAnyRequest() {
        assertThatThrownBy(() -> metrics.measures(MeasureQuery.of(List.of(Measure.INSTANCE_STATUSES), end, end)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instance_statuses needs a domain");
        assertThatThrownBy(() -> metrics.dimensions(DimensionQuery.of(List.of(Dimension.TAG_SERVERS), end, end)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag_servers needs a tag ID");
        assertThat(sim.server.requests().count(r -> r.path().startsWith("/api/v1/admin/"))).isZero();
    }

    @Test
    void dimensionsSendTheLimitAndTheTagOfTagKeys() {
        List<AdminDimension> dimensions = metrics.dimensions(DimensionQuery.of(
                List.of(Dimension.LANGUAGES, Dimension.TAG_LANGUAGES, Dimension.SOFTWARE_VERSIONS),
                LocalDate.of(2000, 1, 1), end).limit(3).tagId("1"));

        assertThat(AdminSim.form(sim.last("POST", "/api/v1/admin/dimensions")))
                .containsEntry("keys[]", List.of("languages", "tag_languages", "software_versions"))
                .containsEntry("limit", List.of("3"))
                .containsEntry("tag_languages[id]", List.of("1"));
        assertThat(dimensions).extracting(AdminDimension::key).containsExactly("languages", "tag_languages", "software_versions");
        assertThat(dimensions.get(0).data()).hasSize(3).allSatisfy(row -> assertThat(row.humanKey()).isNotBlank());
        assertThat(dimensions.get(2).data()).singleElement().satisfies(row -> assertThat(row.key()).isEqualTo("mastodon"));
    }

    @Test
    void retentionSendsTheFrequencyAndGivesACohortPerPeriod() {
        List<AdminCohort> cohorts = metrics.retention(end.minusDays(2), end, Frequency.DAY);

        assertThat(sim.last("POST", "/api/v1/admin/retention").bodyText())
                .isEqualTo("start_at=" + end.minusDays(2) + "&end_at=" + end + "&frequency=day");
        assertThat(cohorts).hasSize(3);
        assertThat(cohorts.get(0).data()).hasSize(3);
        assertThat(cohorts.get(2).frequency()).isEqualTo("day");
    }

    @Test
    void recordedMeasuresWithDatesAndDateTimesAreParsed() {
        try (ReplayServer server = ReplayServer.start()) {
            server.replay(Cassettes.load("test_admin_stats.yaml"));
            Mastodon mastodon = Mastodon.builder().instance(server.baseUri().toString()).accessToken("test-token").build();

            List<AdminMeasure> measures = mastodon.admin().metrics().measures(
                    MeasureQuery.of(List.of(Measure.ACTIVE_USERS, Measure.NEW_USERS), LocalDate.of(2020, 10, 4),
                            LocalDate.of(2020, 10, 9)));
            List<AdminCohort> cohorts = mastodon.admin().metrics().retention(LocalDate.of(2020, 9, 29),
                    LocalDate.of(2020, 10, 9), Frequency.DAY);

            assertThat(measures.get(0).key()).isEqualTo("active_users");
            assertThat(measures.get(1).data()).allSatisfy(day -> assertThat(day.date()).isNotNull());
            assertThat(cohorts).isNotEmpty();
            assertThat(cohorts.get(0).data().get(0).rate()).isZero();
            assertThat(server.last("POST", "/api/v1/admin/measures").form()).containsEntry("keys[]",
                    List.of("active_users", "new_users"));
        }
    }
}
