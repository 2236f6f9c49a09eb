package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a server says about itself at {@code GET /api/v2/instance}: version, limits, registration,
 * and where its streaming server lives ({@code configuration.urls.streaming}).
 * Limits are boxed because older servers and other software leave many of them out.
 */
public record Instance(
        String domain,
        String title,
        String version,
        String sourceUrl,
        String description,
        Usage usage,
        Thumbnail thumbnail,
        List<Icon> icon,
        List<String> languages,
        Configuration configuration,
        Registrations registrations,
        Map<String, Long> apiVersions,
        Contact contact,
        List<InstanceRule> rules,
        String wrapstodon,
        @JsonIgnore String raw) implements Entity {

    public Instance {
        icon = icon == null ? List.of() : List.copyOf(icon);
        languages = languages == null ? List.of() : List.copyOf(languages);
        apiVersions = apiVersions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(apiVersions));
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * The Mastodon API version number ({@code api_versions.mastodon}, 4.3+), which grows with API
     * changes independently of {@link #version()}; 0 when the server does not send it.
     */
    public long mastodonApiVersion() {
        Long value = apiVersions.get("mastodon");
        return value == null ? 0 : value;
    }

    /** The streaming server's base URL, or null when the server does not name one. */
    public String streamingUrl() {
        return configuration == null || configuration.urls() == null ? null : configuration.urls().streaming();
    }

    /** Usage statistics. */
    public record Usage(Users users) {}

    /** How many users were active in the last four weeks. */
    public record Users(Long activeMonth) {}

    /** The banner image; {@code versions} maps {@code @1x}/{@code @2x} to URLs. */
    public record Thumbnail(String url, String blurhash, String description, Map<String, String> versions) {

        public Thumbnail {
            versions = versions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        }
    }

    /** One size of the server's icon; {@code size} is like {@code 36x36}. */
    public record Icon(String src, String size) {}

    /** Configured limits and URLs; the v1 instance sends a subset of the same parts. */
    public record Configuration(
            Urls urls,
            Vapid vapid,
            Accounts accounts,
            Statuses statuses,
            MediaAttachments mediaAttachments,
            Polls polls,
            Translation translation,
            TimelinesAccess timelinesAccess,
            Boolean limitedFederation) {}

    /** URLs of interest to clients: {@code streaming} is the WebSocket/SSE base. */
    public record Urls(String streaming, String status, String about, String privacyPolicy, String termsOfService) {}

    /** The public key Web Push subscriptions must use. */
    public record Vapid(String publicKey) {}

    /** Account limits. */
    public record Accounts(
            Integer maxFeaturedTags,
            Integer maxPinnedStatuses,
            Integer maxDisplayNameLength,
            Integer maxNoteLength,
            Integer maxAvatarDescriptionLength,
            Integer maxHeaderDescriptionLength,
            Integer maxProfileFields,
            Integer profileFieldNameLimit,
            Integer profileFieldValueLimit) {}

    /** Status limits. */
    public record Statuses(Integer maxCharacters, Integer maxMediaAttachments, Integer charactersReservedPerUrl) {}

    /** Media upload limits, in bytes and pixels. */
    public record MediaAttachments(
            List<String> supportedMimeTypes,
            Integer descriptionLimit,
            Long imageSizeLimit,
            Long imageMatrixLimit,
            Long videoSizeLimit,
            Long videoFrameRateLimit,
            Long videoMatrixLimit) {

        public MediaAttachments {
            supportedMimeTypes = supportedMimeTypes == null ? List.of() : List.copyOf(supportedMimeTypes);
        }
    }

    /** Poll limits; expirations in seconds. */
    public record Polls(Integer maxOptions, Integer maxCharactersPerOption, Long minExpiration, Long maxExpiration) {}

    /** Whether the translation API is available. */
    public record Translation(Boolean enabled) {}

    /**
     * Who may read the live, hashtag and trending-link feeds (4.5+). A disabled feed may answer
     * an empty list rather than an error.
     */
    public record TimelinesAccess(FeedAccess liveFeeds, FeedAccess hashtagFeeds, FeedAccess trendingLinkFeeds) {}

    /** Access to local and remote posts of one kind of feed: public, authenticated or disabled. */
    public record FeedAccess(String local, String remote) {}

    /** Whether and how new users can sign up. */
    public record Registrations(
            Boolean enabled,
            Boolean approvalRequired,
            Boolean reasonRequired,
            String message,
            Integer minAge,
            String url) {}

    /** How to reach the administrators. */
    public record Contact(String email, Account account) {}
}
