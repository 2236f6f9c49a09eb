package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.GroupedNotificationsResults;
import dev.permafrost.model.UnreadCount;
import java.util.List;
import java.util.Objects;

/**
 * Grouped notifications (API v2, Mastodon 4.3+): likes, boosts and follows about the same thing
 * come as one group. See docs.joinmastodon.org/methods/grouped_notifications.
 */
public final class GroupedNotifications {
    public static final Endpoint LIST = Endpoint.get("/api/v2/notifications", "4.3.0").paged(Paging.LINK, 40, 80);
    public static final Endpoint GET = Endpoint.get("/api/v2/notifications/:group_key", "4.3.0");
    public static final Endpoint ACCOUNTS = Endpoint.get("/api/v2/notifications/:group_key/accounts", "4.3.0");
    public static final Endpoint DISMISS = Endpoint.post("/api/v2/notifications/:group_key/dismiss", "4.3.0");
    public static final Endpoint CLEAR = Endpoint.post("/api/v2/notifications/clear", "4.3.0");
    public static final Endpoint UNREAD_COUNT = Endpoint.get("/api/v2/notifications/unread_count", "4.3.0");

    private final Caller caller;

    public GroupedNotifications(Caller caller) {
        this.caller = caller;
    }

    /**
     * A page of notification groups, newest first. Each page is one item, the server's whole
     * answer: the groups with the accounts and statuses they refer to. A page without groups has
     * no item. The cursors are IDs of single notifications (a group's {@code pageMinId} and
     * {@code pageMaxId}), taken from the Link header.
     */
    public Page<GroupedNotificationsResults> list(Options options, PageRequest page) {
        return caller.page(LIST, LIST.path(), options.params().with(page.params(LIST)), GroupedNotificationsResults.class,
                results -> results.notificationGroups().isEmpty() ? List.of() : List.of(results));
    }

    /** One group, with its accounts and status. */
    public GroupedNotificationsResults get(String groupKey) {
        return caller.one(GET, GET.path(groupKey), Params.empty(), GroupedNotificationsResults.class);
    }

    /** Every account of a group (a group's sample shows only a few). */
    public List<Account> accounts(String groupKey) {
        return caller.list(ACCOUNTS, ACCOUNTS.path(groupKey), Params.empty(), Account.class);
    }

    /** Dismisses every notification of a group. */
    public void dismiss(String groupKey) {
        caller.empty(DISMISS, DISMISS.path(groupKey), Params.empty());
    }

    /** Dismisses every notification of the user (the same as the v1 clear). */
    public void clear() {
        caller.empty(CLEAR, CLEAR.path(), Params.empty());
    }

    /**
     * How many groups are newer than the notifications read marker, counting up to {@code limit}
     * (0 for the server's default of 100; at most 1000). Only the options' filter and grouped
     * types matter here.
     */
    public UnreadCount unreadCount(Options options, int limit) {
        if (options.filter().includeFiltered()) {
            throw new IllegalArgumentException("unread_count has no include_filtered; pass a filter without it");
        }
        Params params = options.filter().params().withAll("grouped_types[]", options.groupedTypes())
                .with(Notifications.unreadLimit(limit));
        return caller.one(UNREAD_COUNT, UNREAD_COUNT.path(), params, UnreadCount.class);
    }

    /**
     * How to list groups.
     *
     * @param filter which notifications (types, excluded types, account, filtered ones)
     * @param groupedTypes the types the server may group (empty: its default, favourite, follow
     *     and reblog); a type left out comes one notification per group
     * @param partialAvatars whether accounts that only show as avatars may come as
     *     {@code partial_accounts} ({@code expand_accounts=partial_avatars}), which saves bytes
     */
    public record Options(Notifications.Filter filter, List<String> groupedTypes, boolean partialAvatars) {
        public static final Options ALL = new Options(Notifications.Filter.ALL, List.of(), false);

        public Options {
            Objects.requireNonNull(filter, "filter");
            groupedTypes = List.copyOf(Objects.requireNonNull(groupedTypes, "groupedTypes"));
        }

        /** These options with another filter. */
        public Options filter(Notifications.Filter other) {
            return new Options(other, groupedTypes, partialAvatars);
        }

        /** These options, letting only these types be grouped. */
        public Options groupOnly(String... types) {
            return new Options(filter, List.of(types), partialAvatars);
        }

        /** These options, with avatar-only accounts as partial accounts. */
        public Options withPartialAvatars() {
            return new Options(filter, groupedTypes, true);
        }

        Params params() {
            return filter.params().withAll("grouped_types[]", groupedTypes)
                    .with("expand_accounts", partialAvatars ? "partial_avatars" : null);
        }
    }
}
