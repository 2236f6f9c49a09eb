package dev.permafrost.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Entities the recordings do not contain (grouped notifications, announcements, collections,
 * admin reports...), read from small bodies written in the documented shapes.
 */
class UnrecordedShapesTest {
    private final Json json = Json.create();

    private <T> T read(String body, Class<T> type) {
        return json.read(body.getBytes(UTF_8), type);
    }

    @Test
    void groupedNotificationsReferToAccountsAndStatusesById() {
        String group = "{\"group_key\":\"favourite-113010503322889311-479000\",\"notifications_count\":2,"
                + "\"type\":\"favourite\",\"most_recent_notification_id\":196014,\"page_min_id\":\"196013\","
                + "\"page_max_id\":\"196014\",\"latest_page_notification_at\":\"2024-08-23T08:25:14.000Z\","
                + "\"sample_account_ids\":[\"1\",\"2\"],\"status_id\":\"113010503322889311\"}";
        String body = "{\"accounts\":[{\"id\":\"1\",\"username\":\"a\",\"acct\":\"a\"}],"
                + "\"partial_accounts\":[{\"id\":\"2\",\"acct\":\"b@x.example\",\"locked\":false,\"bot\":false,"
                + "\"url\":\"https://x.example/@b\",\"avatar\":\"https://x.example/b.png\"}],"
                + "\"statuses\":[{\"id\":\"113010503322889311\",\"content\":\"<p>hi</p>\"}],"
                + "\"notification_groups\":[" + group + "]}";

        GroupedNotificationsResults results = read(body, GroupedNotificationsResults.class);

        NotificationGroup first = results.notificationGroups().get(0);
        assertThat(first.mostRecentNotificationId()).isEqualTo("196014");
        assertThat(first.notificationsCount()).isEqualTo(2);
        assertThat(first.sampleAccountIds()).containsExactly("1", "2");
        assertThat(first.latestPageNotificationAt()).isEqualTo(Instant.parse("2024-08-23T08:25:14Z"));
        assertThat(first.raw()).isEqualTo(group);
        assertThat(results.partialAccounts().get(0).acct()).isEqualTo("b@x.example");
        assertThat(results.statuses().get(0).id()).isEqualTo(first.statusId());
    }

    @Test
    void aModerationWarningGroupCarriesTheWarningAndItsAppeal() {
        NotificationGroup group = read("{\"group_key\":\"ungrouped-9\",\"type\":\"moderation_warning\","
                + "\"moderation_warning\":{\"id\":\"3\",\"action\":\"silence\",\"text\":\"calm down\","
                + "\"status_ids\":null,\"created_at\":\"2024-01-01T00:00:00.000Z\","
                + "\"appeal\":{\"text\":\"sorry\",\"state\":\"pending\"}}}", NotificationGroup.class);

        assertThat(group.moderationWarning().action()).isEqualTo("silence");
        assertThat(group.moderationWarning().statusIds()).isEmpty();
        assertThat(group.moderationWarning().appeal().state()).isEqualTo("pending");
    }

    @Test
    void anAnnouncementKeepsItsReactionsMentionsAndTimes() {
        Announcement announcement = read("{\"id\":\"8\",\"content\":\"<p>Maintenance</p>\","
                + "\"starts_at\":null,\"ends_at\":\"2024-06-01T10:00:00.000Z\",\"all_day\":false,"
                + "\"published_at\":\"2024-05-31T10:00:00.000Z\",\"updated_at\":\"2024-05-31T10:00:00.000Z\","
                + "\"read\":false,\"mentions\":[{\"id\":\"1\",\"username\":\"a\",\"url\":\"u\",\"acct\":\"a\"}],"
                + "\"statuses\":[{\"id\":\"5\",\"url\":\"s\"}],\"tags\":[{\"name\":\"news\",\"url\":\"t\"}],"
                + "\"emojis\":[],\"reactions\":[{\"name\":\"bongoCat\",\"count\":9,\"me\":false,"
                + "\"url\":\"https://x.example/bongo.gif\",\"static_url\":\"https://x.example/bongo.png\"}]}",
                Announcement.class);

        assertThat(announcement.endsAt()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z"));
        assertThat(announcement.reactions().get(0).count()).isEqualTo(9);
        assertThat(announcement.mentions().get(0).acct()).isEqualTo("a");
        assertThat(announcement.statuses().get(0).id()).isEqualTo("5");
        assertThat(announcement.tags().get(0).name()).isEqualTo("news");
    }

    @Test
    void aScheduledPostIsToldFromAPublishedOneByItsScheduledAt() {
        EndpointTypes.Either either = (EndpointTypes.Either) EndpointTypes.find("POST", "/api/v1/statuses")
                .orElseThrow().returns();
        String scheduled = "{\"id\":\"3221\",\"scheduled_at\":\"2030-01-01T12:00:00.000Z\","
                + "\"params\":{\"text\":\"later\",\"visibility\":\"public\"},\"media_attachments\":[]}";

        Class<?> type = either.typeOf(json.tree(scheduled.getBytes(UTF_8)));
        ScheduledStatus status = (ScheduledStatus) read(scheduled, type);

        assertThat(status.scheduledAt()).isEqualTo(Instant.parse("2030-01-01T12:00:00Z"));
        assertThat(status.params().path("text").asText()).isEqualTo("later");
        assertThat(either.typeOf(json.tree("{\"id\":\"1\",\"content\":\"now\"}".getBytes(UTF_8))))
                .isEqualTo(Status.class);
    }

    @Test
    void aCollectionComesWithItsItemsAndAccounts() {
        CollectionWithAccounts result = read("{\"collection\":{\"id\":\"4\",\"account_id\":\"1\",\"name\":\"Cats\","
                + "\"description\":\"\",\"local\":true,\"sensitive\":false,\"discoverable\":true,\"item_count\":1,"
                + "\"tag\":{\"name\":\"cats\",\"url\":\"https://x.example/tags/cats\"},"
                + "\"items\":[{\"id\":\"10\",\"account_id\":\"2\",\"state\":\"accepted\","
                + "\"created_at\":\"2026-01-01T00:00:00.000Z\"}],\"created_at\":\"2026-01-01T00:00:00.000Z\","
                + "\"updated_at\":\"2026-01-02T00:00:00.000Z\"},\"accounts\":[{\"id\":\"1\"},{\"id\":\"2\"}]}",
                CollectionWithAccounts.class);

        assertThat(result.collection().itemCount()).isEqualTo(1);
        assertThat(result.collection().items().get(0).state()).isEqualTo("accepted");
        assertThat(result.collection().tag().name()).isEqualTo("cats");
        assertThat(result.accounts()).extracting(Account::id).containsExactly("1", "2");
    }

    @Test
    void anAdminReportNamesItsAccountsAsAdminAccounts() {
        AdminReport report = read("{\"id\":\"1\",\"action_taken\":false,\"category\":\"spam\",\"comment\":\"\","
                + "\"forwarded\":false,\"created_at\":\"2026-01-01T00:00:00.000Z\","
                + "\"updated_at\":\"2026-01-01T00:00:00.000Z\","
                + "\"account\":{\"id\":\"7\",\"username\":\"r\",\"account\":{\"id\":\"7\"}},"
                + "\"target_account\":{\"id\":\"8\",\"username\":\"t\",\"ips\":[{\"ip\":\"192.0.2.1\","
                + "\"used_at\":\"2026-01-01T00:00:00.000Z\"}]},\"assigned_account\":null,"
                + "\"action_taken_by_account\":null,\"statuses\":[],\"rules\":[{\"id\":\"2\",\"text\":\"No spam\"}]}",
                AdminReport.class);

        assertThat(report.account().account().id()).isEqualTo("7");
        assertThat(report.targetAccount().ips().get(0).ip()).isEqualTo("192.0.2.1");
        assertThat(report.assignedAccount()).isNull();
        assertThat(report.rules().get(0).text()).isEqualTo("No spam");
    }

    @Test
    void termsOfServiceHavePlainDates() {
        TermsOfService terms = read("{\"effective_date\":\"2025-04-15\",\"effective\":true,"
                + "\"content\":\"<p>Be nice</p>\",\"succeeded_by\":null}", TermsOfService.class);

        assertThat(terms.effectiveDate()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(terms.succeededBy()).isNull();
    }

    @Test
    void theWrappedAnswersUnwrap() {
        AsyncRefreshResponse refresh = read("{\"async_refresh\":{\"id\":\"ImNvbnRleHQ\",\"status\":\"running\","
                + "\"result_count\":null}}", AsyncRefreshResponse.class);
        WrappedAnnualReports reports = read("{\"annual_reports\":[{\"year\":2025,\"account_id\":\"1\","
                + "\"schema_version\":2,\"data\":{\"archetype\":\"lurker\"}}],\"accounts\":[],\"statuses\":[]}",
                WrappedAnnualReports.class);
        NotificationPolicyV1 policy = read("{\"filter_not_following\":false,\"filter_not_followers\":true,"
                + "\"filter_new_accounts\":false,\"filter_private_mentions\":true,"
                + "\"summary\":{\"pending_requests_count\":2,\"pending_notifications_count\":5}}",
                NotificationPolicyV1.class);

        assertThat(refresh.asyncRefresh().status()).isEqualTo("running");
        assertThat(reports.annualReports().get(0).data().path("archetype").asText()).isEqualTo("lurker");
        assertThat(policy.filterNotFollowers()).isTrue();
        assertThat(policy.summary().pendingNotificationsCount()).isEqualTo(5);
    }
}
