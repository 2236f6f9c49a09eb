package dev.permafrost.client.api;

import dev.permafrost.client.api.admin.AdminAccounts;
import dev.permafrost.client.api.admin.AdminCanonicalEmailBlocks;
import dev.permafrost.client.api.admin.AdminDomainAllows;
import dev.permafrost.client.api.admin.AdminDomainBlocks;
import dev.permafrost.client.api.admin.AdminEmailDomainBlocks;
import dev.permafrost.client.api.admin.AdminIpBlocks;
import dev.permafrost.client.api.admin.AdminMetrics;
import dev.permafrost.client.api.admin.AdminReports;
import dev.permafrost.client.api.admin.AdminTags;
import dev.permafrost.client.api.admin.AdminTrends;
import dev.permafrost.client.auth.OAuth;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The endpoints the client implements: every {@code public static final Endpoint} constant of the
 * resource groups listed here. {@code permafrost api endpoints} prints it, and the coverage test
 * compares it with the endpoint table. A new group is added to {@link #GROUPS}.
 */
public final class Catalog {
    /** Every resource group, in documentation order. */
    static final List<Class<?>> GROUPS = List.of(
            OAuth.class,
            Accounts.class,
            Bookmarks.class,
            Favourites.class,
            Notifications.class,
            Statuses.class,
            Timelines.class,
            Media.class,
            Polls.class,
            ScheduledStatuses.class,
            Markers.class,
            Tags.class,
            Reports.class,
            Preferences.class,
            Lists.class,
            Conversations.class,
            Mutes.class,
            Blocks.class,
            DomainBlocks.class,
            Endorsements.class,
            FollowRequests.class,
            FeaturedTags.class,
            Suggestions.class,
            GroupedNotifications.class,
            NotificationPolicies.class,
            NotificationRequests.class,
            Filters.class,
            Instances.class,
            AccountCollections.class,
            AnnualReports.class,
            Trends.class,
            Push.class,
            Profiles.class,
            Discovery.class,
            Announcements.class,
            Emails.class,
            Search.class,
            OEmbeds.class,
            Health.class,
            Directory.class,
            CustomEmojis.class,
            AsyncRefreshes.class,
            AdminAccounts.class,
            AdminReports.class,
            AdminDomainBlocks.class,
            AdminDomainAllows.class,
            AdminCanonicalEmailBlocks.class,
            AdminEmailDomainBlocks.class,
            AdminIpBlocks.class,
            AdminTrends.class,
            AdminTags.class,
            AdminMetrics.class);

    private Catalog() {}

    /** Every endpoint, sorted by path then method. */
    public static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Class<?> group : GROUPS) {
            for (Field field : group.getFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == Endpoint.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                    try {
                        all.add((Endpoint) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read " + group.getSimpleName() + "." + field.getName(), e);
                    }
                }
            }
        }
        all.sort(Comparator.comparing((Endpoint endpoint) -> endpoint.path()).thenComparing(Endpoint::method));
        return all.stream().distinct().toList();
    }
}
