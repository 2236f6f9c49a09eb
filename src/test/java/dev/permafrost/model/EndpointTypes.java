package dev.permafrost.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every endpoint of the Mastodon 4.x API answers with, in terms of the model records: one
 * entity, a JSON array of them, {@code {}}, or something that is not JSON. It covers every row of
 * {@code fixtures/endpoints.tsv} still served by current servers ({@link EndpointTypesTest}
 * checks that), with paths in the same {@code :id} style.
 *
 * <p>Client tests use {@link #find(String, String)} to learn how to read a recorded response.
 */
public final class EndpointTypes {

    /** How a response body is read. */
    public sealed interface Returns permits One, Many, Either, Scalar, Empty, NotJson {}

    /** One JSON object, read with {@code Json.read(body, type)}. */
    public record One(Class<?> type) implements Returns {}

    /** A JSON array, read with {@code Json.readList(body, type)}. */
    public record Many(Class<?> type) implements Returns {}

    /** One object of either type: {@code alternative} when the object has the field {@code marker}. */
    public record Either(Class<?> usual, Class<?> alternative, String marker) implements Returns {

        /** The type of this object. */
        public Class<?> typeOf(JsonNode object) {
            return object.has(marker) ? alternative : usual;
        }
    }

    /** A bare JSON value such as {@code true}. */
    public record Scalar(Class<?> type) implements Returns {}

    /** {@code {}} (Mastodon's empty answer to actions) or an empty body: nothing to parse. */
    public record Empty() implements Returns {}

    /** A body that is not JSON: plain text, HTML, XML, an event stream or a redirect. */
    public record NotJson(String mediaType) implements Returns {}

    /** An endpoint: method, path in {@code :id} style, and what it answers with on success. */
    public record Endpoint(String method, String path, Returns returns) {

        /** Whether this endpoint's path pattern matches a concrete path. */
        boolean matches(String[] segments) {
            String[] pattern = split(path);
            if (pattern.length != segments.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].startsWith(":") && !pattern[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }

        // Literal segments beat parameters, earlier ones first: /accounts/lookup before /accounts/:id.
        String specificity() {
            StringBuilder key = new StringBuilder();
            for (String segment : split(path)) {
                key.append(segment.startsWith(":") ? '0' : '1');
            }
            return key.toString();
        }
    }

    /**
     * The payloads of streaming events by event name. {@code delete} and {@code announcement.delete}
     * carry a bare id, {@code filters_changed} nothing.
     */
    public static final Map<String, Returns> STREAM_EVENTS = Map.of(
            "update", new One(Status.class),
            "status.update", new One(Status.class),
            "notification", new One(Notification.class),
            "conversation", new One(Conversation.class),
            "announcement", new One(Announcement.class),
            "announcement.reaction", new One(Reaction.class),
            "announcement.delete", new NotJson("text/plain"),
            "delete", new NotJson("text/plain"),
            "filters_changed", new Empty(),
            "notifications_merged", new Empty());

    private static final Returns EMPTY = new Empty();

    private static final List<Endpoint> ENDPOINTS = List.of(
            // accounts
            get("/api/v1/accounts", many(Account.class)),
            post("/api/v1/accounts", one(Token.class)),
            get("/api/v1/accounts/:id", one(Account.class)),
            post("/api/v1/accounts/:id/block", one(Relationship.class)),
            post("/api/v1/accounts/:id/endorse", one(Relationship.class)),
            get("/api/v1/accounts/:id/endorsements", many(Account.class)),
            get("/api/v1/accounts/:id/featured_tags", many(FeaturedTag.class)),
            post("/api/v1/accounts/:id/follow", one(Relationship.class)),
            get("/api/v1/accounts/:id/followers", many(Account.class)),
            get("/api/v1/accounts/:id/following", many(Account.class)),
            get("/api/v1/accounts/:id/identity_proofs", many(IdentityProof.class)),
            get("/api/v1/accounts/:id/lists", many(MastodonList.class)),
            post("/api/v1/accounts/:id/mute", one(Relationship.class)),
            post("/api/v1/accounts/:id/note", one(Relationship.class)),
            post("/api/v1/accounts/:id/pin", one(Relationship.class)),
            post("/api/v1/accounts/:id/remove_from_followers", one(Relationship.class)),
            get("/api/v1/accounts/:id/statuses", many(Status.class)),
            post("/api/v1/accounts/:id/unblock", one(Relationship.class)),
            post("/api/v1/accounts/:id/unendorse", one(Relationship.class)),
            post("/api/v1/accounts/:id/unfollow", one(Relationship.class)),
            post("/api/v1/accounts/:id/unmute", one(Relationship.class)),
            post("/api/v1/accounts/:id/unpin", one(Relationship.class)),
            get("/api/v1/accounts/familiar_followers", many(FamiliarFollowers.class)),
            get("/api/v1/accounts/lookup", one(Account.class)),
            get("/api/v1/accounts/relationships", many(Relationship.class)),
            get("/api/v1/accounts/search", many(Account.class)),
            patch("/api/v1/accounts/update_credentials", one(Account.class)),
            get("/api/v1/accounts/verify_credentials", one(Account.class)),
            // admin
            get("/api/v1/admin/accounts", many(AdminAccount.class)),
            get("/api/v2/admin/accounts", many(AdminAccount.class)),
            get("/api/v1/admin/accounts/:id", one(AdminAccount.class)),
            delete("/api/v1/admin/accounts/:id", EMPTY),
            post("/api/v1/admin/accounts/:id/action", EMPTY),
            post("/api/v1/admin/accounts/:id/approve", one(AdminAccount.class)),
            post("/api/v1/admin/accounts/:id/enable", one(AdminAccount.class)),
            post("/api/v1/admin/accounts/:id/reject", EMPTY),
            post("/api/v1/admin/accounts/:id/unsensitive", one(AdminAccount.class)),
            post("/api/v1/admin/accounts/:id/unsilence", one(AdminAccount.class)),
            post("/api/v1/admin/accounts/:id/unsuspend", one(AdminAccount.class)),
            get("/api/v1/admin/canonical_email_blocks", many(AdminCanonicalEmailBlock.class)),
            post("/api/v1/admin/canonical_email_blocks", one(AdminCanonicalEmailBlock.class)),
            get("/api/v1/admin/canonical_email_blocks/:id", one(AdminCanonicalEmailBlock.class)),
            delete("/api/v1/admin/canonical_email_blocks/:id", EMPTY),
            post("/api/v1/admin/canonical_email_blocks/test", many(AdminCanonicalEmailBlock.class)),
            post("/api/v1/admin/dimensions", many(AdminDimension.class)),
            get("/api/v1/admin/domain_allows", many(AdminDomainAllow.class)),
            post("/api/v1/admin/domain_allows", one(AdminDomainAllow.class)),
            get("/api/v1/admin/domain_allows/:id", one(AdminDomainAllow.class)),
            delete("/api/v1/admin/domain_allows/:id", EMPTY),
            get("/api/v1/admin/domain_blocks", many(AdminDomainBlock.class)),
            post("/api/v1/admin/domain_blocks", one(AdminDomainBlock.class)),
            get("/api/v1/admin/domain_blocks/:id", one(AdminDomainBlock.class)),
            put("/api/v1/admin/domain_blocks/:id", one(AdminDomainBlock.class)),
            delete("/api/v1/admin/domain_blocks/:id", EMPTY),
            get("/api/v1/admin/email_domain_blocks", many(AdminEmailDomainBlock.class)),
            post("/api/v1/admin/email_domain_blocks", one(AdminEmailDomainBlock.class)),
            get("/api/v1/admin/email_domain_blocks/:id", one(AdminEmailDomainBlock.class)),
            delete("/api/v1/admin/email_domain_blocks/:id", EMPTY),
            get("/api/v1/admin/ip_blocks", many(AdminIpBlock.class)),
            post("/api/v1/admin/ip_blocks", one(AdminIpBlock.class)),
            get("/api/v1/admin/ip_blocks/:id", one(AdminIpBlock.class)),
            put("/api/v1/admin/ip_blocks/:id", one(AdminIpBlock.class)),
            delete("/api/v1/admin/ip_blocks/:id", EMPTY),
            post("/api/v1/admin/measures", many(AdminMeasure.class)),
            get("/api/v1/admin/reports", many(AdminReport.class)),
            get("/api/v1/admin/reports/:id", one(AdminReport.class)),
            put("/api/v1/admin/reports/:id", one(AdminReport.class)),
            post("/api/v1/admin/reports/:id/assign_to_self", one(AdminReport.class)),
            post("/api/v1/admin/reports/:id/reopen", one(AdminReport.class)),
            post("/api/v1/admin/reports/:id/resolve", one(AdminReport.class)),
            post("/api/v1/admin/reports/:id/unassign", one(AdminReport.class)),
            post("/api/v1/admin/retention", many(AdminCohort.class)),
            get("/api/v1/admin/tags", many(AdminTag.class)),
            get("/api/v1/admin/tags/:id", one(AdminTag.class)),
            put("/api/v1/admin/tags/:id", one(AdminTag.class)),
            get("/api/v1/admin/trends/links", many(TrendsLink.class)),
            post("/api/v1/admin/trends/links/:id/approve", one(TrendsLink.class)),
            post("/api/v1/admin/trends/links/:id/reject", one(TrendsLink.class)),
            get("/api/v1/admin/trends/links/publishers", many(AdminTrendsPublisher.class)),
            post("/api/v1/admin/trends/links/publishers/:id/approve", one(AdminTrendsPublisher.class)),
            post("/api/v1/admin/trends/links/publishers/:id/reject", one(AdminTrendsPublisher.class)),
            get("/api/v1/admin/trends/statuses", many(Status.class)),
            post("/api/v1/admin/trends/statuses/:id/approve", one(Status.class)),
            post("/api/v1/admin/trends/statuses/:id/reject", one(Status.class)),
            get("/api/v1/admin/trends/tags", many(AdminTag.class)),
            post("/api/v1/admin/trends/tags/:id/approve", one(AdminTag.class)),
            post("/api/v1/admin/trends/tags/:id/reject", one(AdminTag.class)),
            // announcements, annual reports, apps, async refreshes
            get("/api/v1/announcements", many(Announcement.class)),
            post("/api/v1/announcements/:id/dismiss", EMPTY),
            put("/api/v1/announcements/:id/reactions/:name", EMPTY),
            delete("/api/v1/announcements/:id/reactions/:name", EMPTY),
            get("/api/v1/annual_reports", one(WrappedAnnualReports.class)),
            get("/api/v1/annual_reports/:year", one(WrappedAnnualReports.class)),
            post("/api/v1/annual_reports/:year/generate", EMPTY),
            post("/api/v1/annual_reports/:year/read", EMPTY),
            get("/api/v1/annual_reports/:year/state", one(AnnualReportState.class)),
            post("/api/v1/apps", one(Application.class)),
            get("/api/v1/apps/verify_credentials", one(Application.class)),
            get("/api/v1_alpha/async_refreshes/:id", one(AsyncRefreshResponse.class)),
            // blocks, bookmarks, collections, conversations, emoji, directory
            get("/api/v1/blocks", many(Account.class)),
            get("/api/v1/bookmarks", many(Status.class)),
            get("/api/v1/accounts/:account_id/collections", one(CollectionList.class)),
            get("/api/v1/accounts/:account_id/in_collections", one(CollectionList.class)),
            post("/api/v1/collections", one(WrappedCollection.class)),
            post("/api/v1/collections/:collection_id/items", one(WrappedCollectionItem.class)),
            delete("/api/v1/collections/:collection_id/items/:id", EMPTY),
            post("/api/v1/collections/:collection_id/items/:id/revoke", EMPTY),
            get("/api/v1/collections/:id", one(CollectionWithAccounts.class)),
            patch("/api/v1/collections/:id", one(WrappedCollection.class)),
            delete("/api/v1/collections/:id", EMPTY),
            get("/api/v1/conversations", many(Conversation.class)),
            delete("/api/v1/conversations/:id", EMPTY),
            post("/api/v1/conversations/:id/read", one(Conversation.class)),
            post("/api/v1/conversations/:id/unread", one(Conversation.class)),
            get("/api/v1/custom_emojis", many(CustomEmoji.class)),
            get("/api/v1/directory", many(Account.class)),
            // discovery
            get("/.well-known/host-meta", notJson("application/xrd+xml")),
            get("/.well-known/nodeinfo", one(NodeInfoLinks.class)),
            get("/.well-known/webfinger", one(WebFinger.class)),
            get("/nodeinfo/2.0", one(NodeInfo.class)),
            // domain blocks, emails, endorsements, favourites, featured tags
            get("/api/v1/domain_blocks", many(DomainName.class)),
            post("/api/v1/domain_blocks", EMPTY),
            delete("/api/v1/domain_blocks", EMPTY),
            get("/api/v1/emails/check_confirmation", new Scalar(Boolean.class)),
            post("/api/v1/emails/confirmations", EMPTY),
            get("/api/v1/endorsements", many(Account.class)),
            get("/api/v1/favourites", many(Status.class)),
            get("/api/v1/featured_tags", many(FeaturedTag.class)),
            post("/api/v1/featured_tags", one(FeaturedTag.class)),
            delete("/api/v1/featured_tags/:id", EMPTY),
            get("/api/v1/featured_tags/suggestions", many(Tag.class)),
            // filters
            get("/api/v1/filters", many(FilterV1.class)),
            post("/api/v1/filters", one(FilterV1.class)),
            get("/api/v1/filters/:id", one(FilterV1.class)),
            put("/api/v1/filters/:id", one(FilterV1.class)),
            delete("/api/v1/filters/:id", EMPTY),
            get("/api/v2/filters", many(Filter.class)),
            post("/api/v2/filters", one(Filter.class)),
            get("/api/v2/filters/:filter_id/keywords", many(FilterKeyword.class)),
            post("/api/v2/filters/:filter_id/keywords", one(FilterKeyword.class)),
            get("/api/v2/filters/:filter_id/statuses", many(FilterStatus.class)),
            post("/api/v2/filters/:filter_id/statuses", one(FilterStatus.class)),
            get("/api/v2/filters/:id", one(Filter.class)),
            put("/api/v2/filters/:id", one(Filter.class)),
            delete("/api/v2/filters/:id", EMPTY),
            get("/api/v2/filters/keywords/:id", one(FilterKeyword.class)),
            put("/api/v2/filters/keywords/:id", one(FilterKeyword.class)),
            delete("/api/v2/filters/keywords/:id", EMPTY),
            get("/api/v2/filters/statuses/:id", one(FilterStatus.class)),
            delete("/api/v2/filters/statuses/:id", EMPTY),
            // follow requests, followed tags, health
            get("/api/v1/follow_requests", many(Account.class)),
            post("/api/v1/follow_requests/:account_id/authorize", one(Relationship.class)),
            post("/api/v1/follow_requests/:account_id/reject", one(Relationship.class)),
            get("/api/v1/followed_tags", many(Tag.class)),
            get("/health", notJson("text/plain")),
            // instance
            get("/api/v1/instance", one(InstanceV1.class)),
            get("/api/v1/instance/activity", many(InstanceActivity.class)),
            get("/api/v1/instance/domain_blocks", many(InstanceDomainBlock.class)),
            get("/api/v1/instance/extended_description", one(ExtendedDescription.class)),
            get("/api/v1/instance/languages", many(Language.class)),
            get("/api/v1/instance/peers", many(DomainName.class)),
            get("/api/v1/instance/privacy_policy", one(PrivacyPolicy.class)),
            get("/api/v1/instance/rules", many(InstanceRule.class)),
            get("/api/v1/instance/terms_of_service", one(TermsOfService.class)),
            get("/api/v1/instance/terms_of_service/:date", one(TermsOfService.class)),
            get("/api/v1/instance/translation_languages", one(TranslationLanguages.class)),
            get("/api/v1/peers/search", many(DomainName.class)),
            get("/api/v2/instance", one(Instance.class)),
            // lists, markers, media, mutes
            get("/api/v1/lists", many(MastodonList.class)),
            post("/api/v1/lists", one(MastodonList.class)),
            get("/api/v1/lists/:id", one(MastodonList.class)),
            put("/api/v1/lists/:id", one(MastodonList.class)),
            delete("/api/v1/lists/:id", EMPTY),
            get("/api/v1/lists/:id/accounts", many(Account.class)),
            post("/api/v1/lists/:id/accounts", EMPTY),
            delete("/api/v1/lists/:id/accounts", EMPTY),
            get("/api/v1/markers", one(Markers.class)),
            post("/api/v1/markers", one(Markers.class)),
            post("/api/v1/media", one(MediaAttachment.class)),
            get("/api/v1/media/:id", one(MediaAttachment.class)),
            put("/api/v1/media/:id", one(MediaAttachment.class)),
            delete("/api/v1/media/:id", EMPTY),
            post("/api/v2/media", one(MediaAttachment.class)),
            get("/api/v1/mutes", many(Account.class)),
            // notifications
            get("/api/v1/notifications", many(Notification.class)),
            get("/api/v1/notifications/:id", one(Notification.class)),
            post("/api/v1/notifications/:id/dismiss", EMPTY),
            post("/api/v1/notifications/clear", EMPTY),
            get("/api/v1/notifications/policy", one(NotificationPolicyV1.class)),
            patch("/api/v1/notifications/policy", one(NotificationPolicyV1.class)),
            get("/api/v1/notifications/requests", many(NotificationRequest.class)),
            get("/api/v1/notifications/requests/:id", one(NotificationRequest.class)),
            post("/api/v1/notifications/requests/:id/accept", EMPTY),
            post("/api/v1/notifications/requests/:id/dismiss", EMPTY),
            post("/api/v1/notifications/requests/accept", EMPTY),
            post("/api/v1/notifications/requests/dismiss", EMPTY),
            get("/api/v1/notifications/requests/merged", one(NotificationRequestsMerged.class)),
            get("/api/v1/notifications/unread_count", one(UnreadCount.class)),
            get("/api/v2/notifications", one(GroupedNotificationsResults.class)),
            get("/api/v2/notifications/:group_key", one(GroupedNotificationsResults.class)),
            get("/api/v2/notifications/:group_key/accounts", many(Account.class)),
            post("/api/v2/notifications/:group_key/dismiss", EMPTY),
            post("/api/v2/notifications/clear", EMPTY),
            get("/api/v2/notifications/policy", one(NotificationPolicy.class)),
            patch("/api/v2/notifications/policy", one(NotificationPolicy.class)),
            get("/api/v2/notifications/unread_count", one(UnreadCount.class)),
            // oauth, oembed
            get("/.well-known/oauth-authorization-server", one(OAuthServerMetadata.class)),
            get("/oauth/authorize", notJson("text/html")),
            post("/oauth/revoke", EMPTY),
            post("/oauth/token", one(Token.class)),
            get("/oauth/userinfo", one(UserInfo.class)),
            post("/oauth/userinfo", one(UserInfo.class)),
            get("/api/oembed", one(OEmbed.class)),
            // polls, preferences, profile, push, reports, scheduled statuses, search
            get("/api/v1/polls/:id", one(Poll.class)),
            post("/api/v1/polls/:id/votes", one(Poll.class)),
            get("/api/v1/preferences", one(Preferences.class)),
            get("/api/v1/profile", one(Profile.class)),
            patch("/api/v1/profile", one(Profile.class)),
            delete("/api/v1/profile/avatar", one(Account.class)),
            delete("/api/v1/profile/header", one(Account.class)),
            get("/api/v1/push/subscription", one(WebPushSubscription.class)),
            post("/api/v1/push/subscription", one(WebPushSubscription.class)),
            put("/api/v1/push/subscription", one(WebPushSubscription.class)),
            delete("/api/v1/push/subscription", EMPTY),
            post("/api/v1/reports", one(Report.class)),
            get("/api/v1/scheduled_statuses", many(ScheduledStatus.class)),
            get("/api/v1/scheduled_statuses/:id", one(ScheduledStatus.class)),
            put("/api/v1/scheduled_statuses/:id", one(ScheduledStatus.class)),
            delete("/api/v1/scheduled_statuses/:id", EMPTY),
            get("/api/v2/search", one(SearchResults.class)),
            // statuses
            get("/api/v1/statuses", many(Status.class)),
            post("/api/v1/statuses", new Either(Status.class, ScheduledStatus.class, "scheduled_at")),
            get("/api/v1/statuses/:id", one(Status.class)),
            put("/api/v1/statuses/:id", one(Status.class)),
            delete("/api/v1/statuses/:id", one(Status.class)),
            post("/api/v1/statuses/:id/bookmark", one(Status.class)),
            get("/api/v1/statuses/:id/context", one(Context.class)),
            post("/api/v1/statuses/:id/favourite", one(Status.class)),
            get("/api/v1/statuses/:id/favourited_by", many(Account.class)),
            get("/api/v1/statuses/:id/history", many(StatusEdit.class)),
            put("/api/v1/statuses/:id/interaction_policy", one(Status.class)),
            post("/api/v1/statuses/:id/mute", one(Status.class)),
            post("/api/v1/statuses/:id/pin", one(Status.class)),
            get("/api/v1/statuses/:id/quotes", many(Status.class)),
            post("/api/v1/statuses/:id/quotes/:quoting_status_id/revoke", one(Status.class)),
            post("/api/v1/statuses/:id/reblog", one(Status.class)),
            get("/api/v1/statuses/:id/reblogged_by", many(Account.class)),
            get("/api/v1/statuses/:id/source", one(StatusSource.class)),
            post("/api/v1/statuses/:id/translate", one(Translation.class)),
            post("/api/v1/statuses/:id/unbookmark", one(Status.class)),
            post("/api/v1/statuses/:id/unfavourite", one(Status.class)),
            post("/api/v1/statuses/:id/unmute", one(Status.class)),
            post("/api/v1/statuses/:id/unpin", one(Status.class)),
            post("/api/v1/statuses/:id/unreblog", one(Status.class)),
            // streaming: event payloads are in STREAM_EVENTS
            get("/api/v1/streaming", notJson("websocket")),
            get("/api/v1/streaming/direct", notJson("text/event-stream")),
            get("/api/v1/streaming/hashtag", notJson("text/event-stream")),
            get("/api/v1/streaming/hashtag/local", notJson("text/event-stream")),
            get("/api/v1/streaming/health", notJson("text/plain")),
            get("/api/v1/streaming/list", notJson("text/event-stream")),
            get("/api/v1/streaming/public", notJson("text/event-stream")),
            get("/api/v1/streaming/public/local", notJson("text/event-stream")),
            get("/api/v1/streaming/public/remote", notJson("text/event-stream")),
            get("/api/v1/streaming/user", notJson("text/event-stream")),
            get("/api/v1/streaming/user/notification", notJson("text/event-stream")),
            // suggestions, tags, timelines, trends
            get("/api/v1/suggestions", many(Account.class)),
            delete("/api/v1/suggestions/:account_id", EMPTY),
            get("/api/v2/suggestions", many(Suggestion.class)),
            post("/api/v1/tags/:id/feature", one(Tag.class)),
            post("/api/v1/tags/:id/unfeature", one(Tag.class)),
            get("/api/v1/tags/:name", one(Tag.class)),
            post("/api/v1/tags/:name/follow", one(Tag.class)),
            post("/api/v1/tags/:name/unfollow", one(Tag.class)),
            get("/api/v1/timelines/direct", many(Status.class)),
            get("/api/v1/timelines/home", many(Status.class)),
            get("/api/v1/timelines/link", many(Status.class)),
            get("/api/v1/timelines/list/:list_id", many(Status.class)),
            get("/api/v1/timelines/public", many(Status.class)),
            get("/api/v1/timelines/tag/:hashtag", many(Status.class)),
            get("/api/v1/trends", many(Tag.class)),
            get("/api/v1/trends/links", many(TrendsLink.class)),
            get("/api/v1/trends/statuses", many(Status.class)),
            get("/api/v1/trends/tags", many(Tag.class)));

    private EndpointTypes() {}

    /** Every endpoint of the table, in the order of the API's families. */
    public static List<Endpoint> all() {
        return ENDPOINTS;
    }

    /**
     * The endpoint a concrete request goes to: {@code find("GET", "/api/v1/accounts/123/statuses")}
     * finds {@code GET /api/v1/accounts/:id/statuses}. A query string and a trailing slash are
     * ignored; a literal segment wins over a parameter.
     */
    public static Optional<Endpoint> find(String method, String path) {
        String[] segments = split(path);
        List<Endpoint> candidates = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.method().equalsIgnoreCase(method) && endpoint.matches(segments)) {
                candidates.add(endpoint);
            }
        }
        return candidates.stream().max(Comparator.comparing(Endpoint::specificity));
    }

    private static String[] split(String path) {
        String clean = path;
        int query = clean.indexOf('?');
        if (query >= 0) {
            clean = clean.substring(0, query);
        }
        while (clean.endsWith("/") && clean.length() > 1) {
            clean = clean.substring(0, clean.length() - 1);
        }
        return clean.equals("/") || clean.isEmpty() ? new String[0] : clean.substring(1).split("/");
    }

    private static Endpoint get(String path, Returns returns) {
        return new Endpoint("GET", path, returns);
    }

    private static Endpoint post(String path, Returns returns) {
        return new Endpoint("POST", path, returns);
    }

    private static Endpoint put(String path, Returns returns) {
        return new Endpoint("PUT", path, returns);
    }

    private static Endpoint patch(String path, Returns returns) {
        return new Endpoint("PATCH", path, returns);
    }

    private static Endpoint delete(String path, Returns returns) {
        return new Endpoint("DELETE", path, returns);
    }

    private static Returns one(Class<?> type) {
        return new One(type);
    }

    private static Returns many(Class<?> type) {
        return new Many(type);
    }

    private static Returns notJson(String mediaType) {
        return new NotJson(mediaType);
    }
}
