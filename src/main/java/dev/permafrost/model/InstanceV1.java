package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The older self-description at {@code GET /api/v1/instance} (deprecated since 4.0, still served
 * and the only one older servers and many other implementations have).
 */
public record InstanceV1(
        String uri,
        String title,
        String shortDescription,
        String description,
        String email,
        String version,
        Urls urls,
        Stats stats,
        String thumbnail,
        List<String> languages,
        boolean registrations,
        boolean approvalRequired,
        boolean invitesEnabled,
        Instance.Configuration configuration,
        Account contactAccount,
        List<InstanceRule> rules,
        @JsonIgnore String raw) implements Entity {

    public InstanceV1 {
        languages = languages == null ? List.of() : List.copyOf(languages);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The streaming server's base URL. */
    public record Urls(String streamingApi) {}

    /** Counts of local users and statuses and of known domains. */
    public record Stats(long userCount, long statusCount, long domainCount) {}
}
