package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * Notifications of one type about one thing, grouped by {@code groupKey}. Pagination uses the ids
 * of single notifications ({@code pageMinId}, {@code pageMaxId}), not group keys.
 */
public record NotificationGroup(
        String groupKey,
        long notificationsCount,
        String type,
        String mostRecentNotificationId,
        String pageMinId,
        String pageMaxId,
        Instant latestPageNotificationAt,
        List<String> sampleAccountIds,
        String statusId,
        Report report,
        RelationshipSeveranceEvent event,
        AccountWarning moderationWarning,
        NotificationFallback fallback,
        @JsonIgnore String raw) implements Entity {

    public NotificationGroup {
        sampleAccountIds = sampleAccountIds == null ? List.of() : List.copyOf(sampleAccountIds);
    }
}
