package dev.permafrost.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Asserts that the fields the API guarantees (the {@code required} ones of the OpenAPI schemas
 * that matter to a client) are present on an entity read from a real response.
 */
final class KeyFields {

    private KeyFields() {}

    static void check(Object value, String where) {
        if (value instanceof Status status) {
            status(status, where);
        } else if (value instanceof Account account) {
            account(account, where);
        } else if (value instanceof Relationship relationship) {
            assertThat(relationship.id()).as(where + ": Relationship.id").isNotBlank();
        } else if (value instanceof Notification notification) {
            assertThat(notification.id()).as(where + ": Notification.id").isNotBlank();
            assertThat(notification.type()).as(where + ": Notification.type").isNotBlank();
            assertThat(notification.createdAt()).as(where + ": Notification.created_at").isNotNull();
            assertThat(notification.groupKey()).as(where + ": Notification.group_key").isNotBlank();
            account(notification.account(), where + ": Notification.account");
        } else if (value instanceof AdminAccount admin) {
            assertThat(admin.id()).as(where + ": AdminAccount.id").isNotBlank();
            assertThat(admin.username()).as(where + ": AdminAccount.username").isNotBlank();
            assertThat(admin.createdAt()).as(where + ": AdminAccount.created_at").isNotNull();
            account(admin.account(), where + ": AdminAccount.account");
            assertThat(admin.account().id()).as(where + ": AdminAccount.account.id").isEqualTo(admin.id());
        } else if (value instanceof Instance instance) {
            assertThat(instance.domain()).as(where + ": Instance.domain").isNotBlank();
            assertThat(instance.version()).as(where + ": Instance.version").isNotBlank();
            assertThat(instance.streamingUrl()).as(where + ": Instance.configuration.urls.streaming").isNotBlank();
            assertThat(instance.configuration().statuses().maxCharacters()).as(where + ": max_characters").isPositive();
            assertThat(instance.mastodonApiVersion()).as(where + ": api_versions.mastodon").isPositive();
            assertThat(instance.configuration().timelinesAccess()).as(where + ": timelines_access").isNotNull();
        } else if (value instanceof InstanceV1 instance) {
            assertThat(instance.uri()).as(where + ": InstanceV1.uri").isNotBlank();
            assertThat(instance.version()).as(where + ": InstanceV1.version").isNotBlank();
            assertThat(instance.urls().streamingApi()).as(where + ": InstanceV1.urls.streaming_api").isNotBlank();
        } else if (value instanceof Token token) {
            assertThat(token.accessToken()).as(where + ": Token.access_token").isNotBlank();
            assertThat(token.tokenType()).as(where + ": Token.token_type").isNotBlank();
            assertThat(token.createdAt()).as(where + ": Token.created_at").isNotNull();
        } else if (value instanceof Application application) {
            assertThat(application.name()).as(where + ": Application.name").isNotBlank();
            assertThat(application.scopes()).as(where + ": Application.scopes").isNotEmpty();
        } else if (value instanceof MediaAttachment media) {
            assertThat(media.id()).as(where + ": MediaAttachment.id").isNotBlank();
            assertThat(media.type()).as(where + ": MediaAttachment.type").isNotBlank();
        } else if (value instanceof Poll poll) {
            assertThat(poll.id()).as(where + ": Poll.id").isNotBlank();
            assertThat(poll.options()).as(where + ": Poll.options").isNotEmpty();
        } else if (value instanceof Tag tag) {
            assertThat(tag.name()).as(where + ": Tag.name").isNotBlank();
            assertThat(tag.url()).as(where + ": Tag.url").isNotBlank();
        } else if (value instanceof Report report) {
            assertThat(report.id()).as(where + ": Report.id").isNotBlank();
            assertThat(report.createdAt()).as(where + ": Report.created_at").isNotNull();
            account(report.targetAccount(), where + ": Report.target_account");
        } else if (value instanceof Filter filter) {
            assertThat(filter.id()).as(where + ": Filter.id").isNotBlank();
            assertThat(filter.title()).as(where + ": Filter.title").isNotNull();
            assertThat(filter.context()).as(where + ": Filter.context").isNotEmpty();
            assertThat(filter.filterAction()).as(where + ": Filter.filter_action").isNotBlank();
        } else if (value instanceof Markers markers) {
            assertThat(markers.home()).as(where + ": Markers.home").isNotNull();
            assertThat(markers.home().lastReadId()).as(where + ": Marker.last_read_id").isNotBlank();
            assertThat(markers.home().updatedAt()).as(where + ": Marker.updated_at").isNotNull();
        } else if (value instanceof NotificationRequest request) {
            assertThat(request.id()).as(where + ": NotificationRequest.id").isNotBlank();
            assertThat(request.notificationsCount()).as(where + ": notifications_count").isPositive();
            account(request.account(), where + ": NotificationRequest.account");
        } else if (value instanceof NotificationPolicy policy) {
            assertThat(policy.forNotFollowing()).as(where + ": for_not_following").isNotBlank();
            assertThat(policy.summary()).as(where + ": NotificationPolicy.summary").isNotNull();
        } else if (value instanceof WebPushSubscription push) {
            assertThat(push.id()).as(where + ": WebPushSubscription.id").isNotBlank();
            assertThat(push.endpoint()).as(where + ": WebPushSubscription.endpoint").isNotBlank();
            assertThat(push.serverKey()).as(where + ": WebPushSubscription.server_key").isNotBlank();
        } else if (value instanceof AdminMeasure measure) {
            assertThat(measure.key()).as(where + ": AdminMeasure.key").isNotBlank();
            assertThat(measure.data()).as(where + ": AdminMeasure.data").allSatisfy(d -> assertThat(d.date()).isNotNull());
        } else if (value instanceof AdminCohort cohort) {
            assertThat(cohort.period()).as(where + ": AdminCohort.period").isNotNull();
            assertThat(cohort.data()).as(where + ": AdminCohort.data").allSatisfy(d -> assertThat(d.date()).isNotNull());
        } else if (value instanceof AdminEmailDomainBlock block) {
            assertThat(block.domain()).as(where + ": AdminEmailDomainBlock.domain").isNotBlank();
            assertThat(block.history()).as(where + ": AdminEmailDomainBlock.history")
                    .allSatisfy(day -> assertThat(day.day()).isNotNull());
        } else if (value instanceof InstanceActivity activity) {
            assertThat(activity.week()).as(where + ": InstanceActivity.week").isNotNull();
        } else if (value instanceof OAuthServerMetadata metadata) {
            assertThat(metadata.issuer()).as(where + ": issuer").isNotBlank();
            assertThat(metadata.tokenEndpoint()).as(where + ": token_endpoint").isNotBlank();
            assertThat(metadata.grantTypesSupported()).as(where + ": grant_types_supported").isNotEmpty();
            assertThat(metadata.codeChallengeMethodsSupported()).as(where + ": code_challenge_methods").contains("S256");
        } else if (value instanceof SearchResults results) {
            results.accounts().forEach(a -> account(a, where + ": SearchResults.accounts"));
            results.statuses().forEach(s -> status(s, where + ": SearchResults.statuses"));
        } else if (value instanceof Preferences preferences) {
            assertThat(preferences.postingDefaultVisibility()).as(where + ": posting:default:visibility").isNotBlank();
        } else if (value instanceof NodeInfo nodeInfo) {
            assertThat(nodeInfo.software().name()).as(where + ": NodeInfo.software.name").isNotBlank();
            assertThat(nodeInfo.software().version()).as(where + ": NodeInfo.software.version").isNotBlank();
        } else if (value instanceof ApiError error) {
            assertThat(error.error()).as(where + ": ApiError.error").isNotBlank();
        }
        idWhenTheRecordHasOne(value, where);
    }

    private static void status(Status status, String where) {
        assertThat(status.id()).as(where + ": Status.id").isNotBlank();
        assertThat(status.uri()).as(where + ": Status.uri").isNotBlank();
        assertThat(status.createdAt()).as(where + ": Status.created_at").isNotNull();
        assertThat(status.visibility()).as(where + ": Status.visibility").isNotBlank();
        // A deleted status comes back with its source text instead of its HTML content.
        assertThat(status.content() != null || status.text() != null).as(where + ": Status.content or text").isTrue();
        account(status.account(), where + ": Status.account");
        if (status.reblog() != null) {
            status(status.reblog(), where + ": Status.reblog");
        }
    }

    private static void account(Account account, String where) {
        assertThat(account).as(where).isNotNull();
        assertThat(account.id()).as(where + ": Account.id").isNotBlank();
        assertThat(account.username()).as(where + ": Account.username").isNotBlank();
        assertThat(account.acct()).as(where + ": Account.acct").isNotBlank();
        assertThat(account.createdAt()).as(where + ": Account.created_at").isNotNull();
        assertThat(account.url()).as(where + ": Account.url").isNotBlank();
    }

    // Every record whose schema has a required id must have read one.
    private static final List<Class<?>> ID_OPTIONAL = List.of(Suggestion.class, Tag.class, TrendsLink.class);

    private static void idWhenTheRecordHasOne(Object value, String where) {
        if (!value.getClass().isRecord() || ID_OPTIONAL.contains(value.getClass())) {
            return;
        }
        for (var component : value.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                try {
                    Object id = component.getAccessor().invoke(value);
                    assertThat(id).as(where + ": " + value.getClass().getSimpleName() + ".id").isNotNull();
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
