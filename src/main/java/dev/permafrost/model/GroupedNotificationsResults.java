package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A page of grouped notifications ({@code GET /api/v2/notifications}): the groups, and once each
 * the accounts and statuses they refer to by id. With {@code expand_accounts=partial_avatars},
 * accounts that only appear as avatars come as {@link PartialAccount}s.
 */
public record GroupedNotificationsResults(
        List<Account> accounts,
        List<PartialAccount> partialAccounts,
        List<Status> statuses,
        List<NotificationGroup> notificationGroups,
        @JsonIgnore String raw) implements Entity {

    public GroupedNotificationsResults {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        partialAccounts = partialAccounts == null ? List.of() : List.copyOf(partialAccounts);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        notificationGroups = notificationGroups == null ? List.of() : List.copyOf(notificationGroups);
    }
}
