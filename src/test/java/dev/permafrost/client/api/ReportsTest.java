package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Mastodon;
import dev.permafrost.model.Cassettes;
import dev.permafrost.model.Report;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filing a report, against a recorded answer. */
class ReportsTest {
    @Test
    void aReportSendsTheAccountStatusesAndCommentAndParsesTheAnswer() {
        try (ReplayServer server = ReplayServer.start()) {
            Cassettes.Interaction recorded = Replays.recorded("test_report.yaml", "POST", "/api/v1/reports/");
            server.answer("POST", "/api/v1/reports", 200, recorded.response().body());
            Mastodon mastodon = Replays.client(server);

            Report report = mastodon.reports().file(new Reports.ReportDraft("117020565966271181", List.of("117020583182779033"),
                    "makes the bad post", true, List.of("other.example"), Reports.Category.SPAM, List.of()));

            Map<String, List<String>> form = server.last("POST", "/api/v1/reports").form();
            assertThat(form).containsEntry("account_id", List.of("117020565966271181"))
                    .containsEntry("status_ids[]", List.of("117020583182779033"))
                    .containsEntry("comment", List.of("makes the bad post")).containsEntry("forward", List.of("true"))
                    .containsEntry("forward_to_domains[]", List.of("other.example")).containsEntry("category", List.of("spam"));
            assertThat(report.id()).isEqualTo("2");
            assertThat(report.comment()).isEqualTo("makes the bad post");
            assertThat(report.targetAccount().id()).isEqualTo("117020565966271181");
        }
    }

    @Test
    void aViolationReportMustNameTheRulesBroken() {
        assertThatThrownBy(() -> new Reports.ReportDraft("1", List.of(), "", false, List.of(), Reports.Category.VIOLATION, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rules");
    }
}
