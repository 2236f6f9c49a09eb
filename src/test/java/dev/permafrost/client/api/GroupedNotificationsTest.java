package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.permafrost.client.Direction;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.model.Account;
import dev.permafrost.model.GroupedNotificationsResults;
import dev.permafrost.model.NotificationGroup;
import dev.permafrost.sim.RecordedRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupedNotificationsTest {
    private SimHarness sim;
    private GroupedNotifications grouped;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        grouped = sim.mastodon.groupedNotifications();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    /** A group of several notifications: follows that arrive within hours of each other share one. */
    private NotificationGroup aGroupOfSeveral() {
        sim.world.addNotifications(40);
        return grouped.list(GroupedNotifications.Options.ALL, PageRequest.newest().limit(80)).items().get(0)
                .notificationGroups().stream().filter(group -> group.notificationsCount() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("the world made no group of several notifications"));
    }

    @Test
    void listSendsItsOptionsAndReturnsOnePageOfResultsWithTheAccountsTheGroupsName() {
        Page<GroupedNotificationsResults> page = grouped.list(GroupedNotifications.Options.ALL
                .filter(new Notifications.Filter(List.of(), List.of("poll"), null)).groupOnly("favourite", "follow"),
                PageRequest.newest().limit(10));

        RecordedRequest sent = sim.last("GET", "/api/v2/notifications");
        assertThat(sent.queryAll("grouped_types[]")).containsExactly("favourite", "follow");
        assertThat(sent.queryAll("exclude_types[]")).containsExactly("poll");
        assertThat(sent.query("limit")).contains("10");
        assertThat(page.items()).hasSize(1);
        GroupedNotificationsResults results = page.items().get(0);
        Set<String> accounts = results.accounts().stream().map(Account::id).collect(Collectors.toSet());
        assertThat(results.notificationGroups()).isNotEmpty().allSatisfy(group -> {
            assertThat(group.type()).isNotEqualTo("poll");
            assertThat(accounts).containsAll(group.sampleAccountIds());
        });
    }

    @Test
    void pagesAreCursoredByNotificationIdsAndWalkEveryNotification() {
        List<Page<GroupedNotificationsResults>> pages = grouped.list(GroupedNotifications.Options.ALL,
                PageRequest.newest().limit(20)).walk(Direction.OLDER).toList();

        int total = sim.world.notificationsCount();
        assertThat(pages).hasSize((total + 19) / 20);
        String cursor = pages.get(0).next().orElseThrow().param("max_id").orElseThrow();
        assertThat(sim.world.notificationIds()).contains(cursor);
        assertThat(pages.get(0).items().get(0).notificationGroups().stream().map(NotificationGroup::pageMinId))
                .contains(cursor);
    }

    @Test
    void typesLeftOutOfGroupedTypesComeOneNotificationPerGroup() {
        aGroupOfSeveral();

        GroupedNotificationsResults results = grouped.list(GroupedNotifications.Options.ALL.groupOnly("reblog"),
                PageRequest.newest().limit(80)).items().get(0);

        assertThat(results.notificationGroups()).filteredOn(group -> group.type().equals("follow"))
                .isNotEmpty().allSatisfy(group -> assertThat(group.groupKey()).startsWith("ungrouped-"));
    }

    @Test
    void partialAvatarsAreAskedForAndOnlyEachGroupsNewestAccountMustComeInFull() {
        aGroupOfSeveral();
        PageRequest request = PageRequest.newest().limit(80);
        GroupedNotificationsResults full = grouped.list(GroupedNotifications.Options.ALL, request).items().get(0);

        GroupedNotificationsResults results = grouped.list(GroupedNotifications.Options.ALL.withPartialAvatars(), request)
                .items().get(0);

        assertThat(sim.last("GET", "/api/v2/notifications").query("expand_accounts")).contains("partial_avatars");
        Set<String> both = results.accounts().stream().map(Account::id).collect(Collectors.toSet());
        results.partialAccounts().forEach(account -> both.add(account.id()));
        assertThat(both).isEqualTo(full.accounts().stream().map(Account::id).collect(Collectors.toSet()));
        assertThat(results.partialAccounts()).allSatisfy(account -> assertThat(account.avatar()).isNotBlank());
        assertThat(results.notificationGroups()).allSatisfy(group ->
                assertThat(results.accounts().stream().map(Account::id)).contains(group.sampleAccountIds().get(0)));
    }

    @Test
    void getReturnsOneGroupAndAccountsListsEveryAccountOfIt() {
        NotificationGroup several = aGroupOfSeveral();

        GroupedNotificationsResults one = grouped.get(several.groupKey());
        List<Account> accounts = grouped.accounts(several.groupKey());

        assertThat(one.notificationGroups()).singleElement().satisfies(group -> {
            assertThat(group.groupKey()).isEqualTo(several.groupKey());
            assertThat(group.notificationsCount()).isEqualTo(several.notificationsCount());
        });
        assertThat(accounts).isNotEmpty().hasSizeLessThanOrEqualTo((int) several.notificationsCount());
        assertThat(accounts.stream().map(Account::id)).containsAll(several.sampleAccountIds());
        assertThat(sim.last("GET", "/api/v2/notifications/" + several.groupKey() + "/accounts").status()).isEqualTo(200);
    }

    @Test
    void dismissRemovesEveryNotificationOfTheGroup() {
        NotificationGroup several = aGroupOfSeveral();
        int before = sim.world.notificationsCount();

        grouped.dismiss(several.groupKey());

        assertThat(sim.last("POST", "/api/v2/notifications/" + several.groupKey() + "/dismiss").status()).isEqualTo(200);
        assertThat(sim.world.notificationsCount()).isEqualTo(before - several.notificationsCount());
        assertThatThrownBy(() -> grouped.get(several.groupKey())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void clearRemovesEveryNotification() {
        grouped.clear();

        assertThat(sim.last("POST", "/api/v2/notifications/clear").status()).isEqualTo(200);
        assertThat(sim.world.notificationsCount()).isZero();
    }

    @Test
    void unreadCountCountsGroupsNotNotifications() {
        aGroupOfSeveral();

        long groups = grouped.unreadCount(GroupedNotifications.Options.ALL, 1000).count();
        long single = sim.mastodon.notifications().unreadCount(Notifications.Filter.ALL, 1000).count();

        assertThat(groups).isPositive().isLessThan(single);
        assertThat(sim.last("GET", "/api/v2/notifications/unread_count").query("limit")).contains("1000");
    }

    @Test
    void theVersionIsCheckedBeforeTheFirstGroupedCall() {
        grouped.clear();

        assertThat(sim.server.requests().count(r -> r.path().equals("/api/v2/instance"))).isEqualTo(1);
    }
}
