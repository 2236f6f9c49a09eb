package dev.permafrost.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    private static SimServer server;
    private static Api api;
    private static String token;
    private static World world;

    @BeforeAll
    static void start() {
        server = SimServer.start(SimConfig.small().toBuilder().rateLimits(RateLimitConfig.unlimited())
                .myStatuses(200).statusesPerAccount(8).build());
        api = new Api(server);
        world = server.world();
        token = world.userToken();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<JsonNode> all(String firstPage) {
        return all(firstPage, token);
    }

    private static List<JsonNode> all(String firstPage, String bearer) {
        List<JsonNode> items = new java.util.ArrayList<>();
        String next = firstPage;
        while (next != null) {
            Api.Answer page = api.get(next, bearer);
            page.json().forEach(items::add);
            next = page.json().isEmpty() ? null : page.link("next").orElse(null);
        }
        return items;
    }

    @Test
    void unknownPathsAnswerMastodons404() {
        Api.Answer answer = api.get("/api/v1/no/such/thing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(answer.text()).isEqualTo("{\"error\":\"Record not found\"}");
    }

    @Test
    void aWrongMethodOnAKnownPathAnswers404InTheSameShape() {
        Api.Answer answer = api.send("DELETE", "/api/v1/timelines/public", token);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("Record not found");
    }

    @Test
    void anUnknownStatusAnswers404() {
        assertThat(api.get("/api/v1/statuses/12345", token).status()).isEqualTo(404);
    }

    @Test
    void theV2InstanceTellsVersionApiVersionStreamingAndTimelinesAccess() {
        JsonNode instance = api.get("/api/v2/instance").json();

        assertThat(instance.get("domain").asText()).isEqualTo(server.authority());
        assertThat(instance.get("version").asText()).isEqualTo("4.5.0");
        assertThat(instance.get("api_versions").get("mastodon").asInt()).isPositive();
        assertThat(instance.get("configuration").get("urls").get("streaming").asText()).isEqualTo("ws://" + server.authority());
        assertThat(instance.get("configuration").get("timelines_access").get("live_feeds").get("local").asText()).isEqualTo("public");
    }

    @Test
    void theV1InstanceAndItsPeersActivityAndRulesAnswer() {
        assertThat(api.get("/api/v1/instance").json().get("uri").asText()).isEqualTo(server.authority());
        assertThat(api.get("/api/v1/instance/peers").json().get(0).isTextual()).isTrue();
        assertThat(api.get("/api/v1/instance/activity").json().get(0).get("week").isTextual()).isTrue();
        assertThat(api.get("/api/v1/instance/rules").json().get(0).get("text").asText()).isNotBlank();
    }

    @Test
    void verifyCredentialsShowsTheMainUserWithSourceAndRole() {
        JsonNode me = api.get("/api/v1/accounts/verify_credentials", token).json();

        assertThat(me.get("id").asText()).isEqualTo(world.me());
        assertThat(me.get("source").get("privacy").asText()).isEqualTo("public");
        assertThat(me.get("role")).isNotNull();
        assertThat(me.get("followers_count").asInt()).isEqualTo(world.followersCount());
    }

    @Test
    void lookupFindsAnAccountByAcct() {
        String remote = world.accountIds().stream().filter(id -> world.acct(id).contains("@")).findFirst().orElseThrow();

        assertThat(api.get("/api/v1/accounts/lookup?acct=alice").json().get("id").asText()).isEqualTo(world.me());
        assertThat(api.get("/api/v1/accounts/lookup?acct=" + world.acct(remote)).json().get("id").asText()).isEqualTo(remote);
        assertThat(api.get("/api/v1/accounts/lookup?acct=nobody").status()).isEqualTo(404);
    }

    @Test
    void relationshipsTellWhoTheMainUserFollows() {
        String followed = world.followingIds().get(0);

        JsonNode relationships = api.get("/api/v1/accounts/relationships?id[]=" + followed + "&id[]=" + world.admin(), token).json();

        assertThat(relationships.size()).isEqualTo(2);
        assertThat(relationships.get(0).get("following").asBoolean()).isTrue();
        assertThat(relationships.get(0).get("id").asText()).isEqualTo(followed);
    }

    @Test
    void accountStatusesWalkEveryStatusOfTheAccountForItsOwner() {
        assertThat(api.walk("/api/v1/accounts/" + world.me() + "/statuses?limit=40", token))
                .containsExactlyElementsOf(world.accountStatusIds(world.me()));
    }

    @Test
    void accountStatusesFilterBoostsRepliesMediaPinnedAndTags() {
        String base = "/api/v1/accounts/" + world.me() + "/statuses?limit=40";
        assertThat(all(base + "&exclude_reblogs=true")).isNotEmpty().allMatch(s -> s.get("reblog").isNull());
        assertThat(all(base + "&exclude_replies=1")).isNotEmpty()
                .allMatch(s -> s.get("in_reply_to_account_id").isNull() || s.get("in_reply_to_account_id").asText().equals(world.me()));
        assertThat(all(base + "&only_media=true")).isNotEmpty().allMatch(s -> mediaOf(s).size() > 0);
        assertThat(all(base + "&pinned=true")).isNotEmpty().allMatch(s -> s.get("pinned").asBoolean());
        assertThat(all(base + "&tagged=photography")).allMatch(s -> tagsOf(s).contains("photography"));
    }

    private static JsonNode mediaOf(JsonNode status) {
        return status.get("reblog").isNull() ? status.get("media_attachments") : status.get("reblog").get("media_attachments");
    }

    private static List<String> tagsOf(JsonNode status) {
        JsonNode content = status.get("reblog").isNull() ? status : status.get("reblog");
        List<String> tags = new java.util.ArrayList<>();
        content.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        return tags;
    }

    @Test
    void anonymousReadersDoNotSeePrivateStatuses() {
        assertThat(all("/api/v1/accounts/" + world.me() + "/statuses?limit=40", null).stream()
                .map(s -> s.get("visibility").asText())).doesNotContain("private", "direct");
    }

    @Test
    void thePublicTimelineFiltersLocalRemoteAndMedia() {
        Predicate<JsonNode> local = s -> !s.get("account").get("acct").asText().contains("@");
        assertThat(all("/api/v1/timelines/public?limit=40&local=true")).isNotEmpty().allMatch(local);
        assertThat(all("/api/v1/timelines/public?limit=40&remote=true")).isNotEmpty().noneMatch(local);
        assertThat(all("/api/v1/timelines/public?limit=40&only_media=true")).isNotEmpty()
                .allMatch(s -> s.get("media_attachments").size() > 0);
    }

    @Test
    void hashtagTimelinesHonourAnyAllAndNone() {
        List<JsonNode> plain = all("/api/v1/timelines/tag/photography?limit=40");
        List<JsonNode> any = all("/api/v1/timelines/tag/photography?limit=40&any[]=caturday");
        List<JsonNode> both = all("/api/v1/timelines/tag/photography?limit=40&all[]=caturday");
        List<JsonNode> without = all("/api/v1/timelines/tag/photography?limit=40&none[]=caturday");

        assertThat(plain).hasSize(world.tagTimelineCount("photography")).allMatch(s -> tagsOf(s).contains("photography"));
        assertThat(any.size()).isGreaterThanOrEqualTo(plain.size());
        assertThat(both).allMatch(s -> tagsOf(s).containsAll(List.of("photography", "caturday")));
        assertThat(without).noneMatch(s -> tagsOf(s).contains("caturday"));
        assertThat(both.size() + without.size()).isEqualTo(plain.size());
    }

    @Test
    void aListTimelineShowsOnlyItsMembers() {
        String list = world.listIds().get(0);
        List<String> members = api.get("/api/v1/lists/" + list + "/accounts?limit=0", token).ids();

        List<JsonNode> statuses = all("/api/v1/timelines/list/" + list + "?limit=40");

        assertThat(members).hasSize(world.listMembersCount(list));
        assertThat(statuses).allMatch(s -> members.contains(s.get("account").get("id").asText()));
        assertThat(api.get("/api/v1/timelines/list/999999", token).status()).isEqualTo(404);
    }

    @Test
    void listsAndAListAnswer() {
        JsonNode lists = api.get("/api/v1/lists", token).json();

        assertThat(lists.size()).isEqualTo(world.listsCount());
        assertThat(api.get("/api/v1/lists/" + lists.get(0).get("id").asText(), token).json().get("title").asText())
                .isEqualTo(lists.get(0).get("title").asText());
    }

    @Test
    void notificationsFilterByTypesExcludedTypesAndAccount() {
        List<JsonNode> mentions = all("/api/v1/notifications?limit=80&types[]=mention");
        List<JsonNode> others = all("/api/v1/notifications?limit=80&exclude_types[]=mention");
        String account = mentions.get(0).get("account").get("id").asText();

        assertThat(mentions).isNotEmpty().allMatch(n -> n.get("type").asText().equals("mention"));
        assertThat(others).noneMatch(n -> n.get("type").asText().equals("mention"));
        assertThat(mentions.size() + others.size()).isEqualTo(world.notificationsCount());
        assertThat(all("/api/v1/notifications?limit=80&account_id=" + account))
                .isNotEmpty().allMatch(n -> n.get("account").get("id").asText().equals(account));
    }

    @Test
    void aNotificationCanBeFetchedById() {
        String id = world.notificationIds().get(0);

        assertThat(api.get("/api/v1/notifications/" + id, token).json().get("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/v1/notifications/99999999", token).status()).isEqualTo(404);
    }

    @Test
    void aReplysContextShowsItsAncestors() {
        JsonNode reply = all("/api/v1/timelines/home?limit=40").stream()
                .filter(s -> !s.get("in_reply_to_id").isNull()).findFirst().orElseThrow();

        JsonNode context = api.get("/api/v1/statuses/" + reply.get("id").asText() + "/context", token).json();

        assertThat(context.get("ancestors").get(context.get("ancestors").size() - 1).get("id").asText())
                .isEqualTo(reply.get("in_reply_to_id").asText());
        assertThat(context.get("descendants").isArray()).isTrue();
    }

    @Test
    void aGeneratedEditedStatusHasAHistoryAndASource() {
        String id = world.editedStatusIds().stream()
                .filter(s -> api.get("/api/v1/statuses/" + s, token).status() == 200).findFirst().orElseThrow();

        JsonNode status = api.get("/api/v1/statuses/" + id, token).json();
        JsonNode history = api.get("/api/v1/statuses/" + id + "/history", token).json();
        JsonNode source = api.get("/api/v1/statuses/" + id + "/source", token).json();

        assertThat(status.get("edited_at").isNull()).isFalse();
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.get(history.size() - 1).get("content").asText()).isEqualTo(status.get("content").asText());
        assertThat(source.get("text").asText()).isNotBlank();
    }

    @Test
    void aPollCanBeFetchedById() {
        String statusId = world.pollStatusIds().stream()
                .filter(s -> api.get("/api/v1/statuses/" + s, token).status() == 200).findFirst().orElseThrow();
        JsonNode poll = api.get("/api/v1/statuses/" + statusId, token).json().get("poll");

        assertThat(api.get("/api/v1/polls/" + poll.get("id").asText(), token).json().get("options").size())
                .isEqualTo(poll.get("options").size());
    }

    @Test
    void conversationsCarryADirectLastStatus() {
        List<JsonNode> conversations = all("/api/v1/conversations?limit=40");

        assertThat(conversations).hasSize(world.conversationsCount())
                .allMatch(c -> c.get("last_status").get("visibility").asText().equals("direct"));
    }

    @Test
    void collectionsOfTheMainUserAnswerWithTheirCounts() {
        assertThat(all("/api/v1/bookmarks?limit=40")).hasSize(world.bookmarksCount());
        assertThat(all("/api/v1/blocks?limit=80")).hasSize(world.blocksCount());
        assertThat(all("/api/v1/mutes?limit=80")).hasSize(world.mutesCount());
        assertThat(all("/api/v1/followed_tags?limit=200")).hasSize(world.followedTagsCount())
                .allMatch(tag -> tag.get("following").asBoolean());
        assertThat(all("/api/v1/follow_requests")).hasSize(world.followRequestsCount());
        assertThat(all("/api/v1/endorsements")).hasSize(world.endorsementsCount());
        assertThat(all("/api/v1/accounts/" + world.me() + "/following?limit=80")).hasSize(world.followingCount());
        assertThat(api.get("/api/v2/filters", token).json().size()).isEqualTo(world.filtersCount());
        assertThat(all("/api/v1/scheduled_statuses")).hasSize(world.scheduledStatusesCount());
    }

    @Test
    void markersAnswerForTheTimelinesAskedFor() {
        JsonNode markers = api.get("/api/v1/markers?timeline[]=home&timeline[]=notifications", token).json();

        assertThat(markers.get("home").get("last_read_id").asText()).isIn(world.homeTimelineIds());
        assertThat(markers.get("notifications").get("version").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/markers?timeline[]=home", token).json().has("notifications")).isFalse();
    }

    @Test
    void anotherAccountsFollowersMatchItsFollowersCount() {
        String other = world.accountIds().get(7);

        int count = api.get("/api/v1/accounts/" + other).json().get("followers_count").asInt();

        assertThat(all("/api/v1/accounts/" + other + "/followers?limit=80")).hasSize(count);
    }

    @Test
    void adminAccountsV2PageOverEveryAccount() {
        assertThat(api.walk("/api/v2/admin/accounts?limit=10", world.adminToken())).hasSize(world.accountIds().size());
    }

    @Test
    void adminAccountsV1ListOnlyLocalAccountsByDefault() {
        List<String> local = world.accountIds().stream().filter(id -> !world.acct(id).contains("@")).toList();

        assertThat(api.walk("/api/v1/admin/accounts?limit=10", world.adminToken())).hasSameSizeAs(local);
    }

    @Test
    void theStreamingHealthCheckAnswersOkThroughTheStreamingPath() {
        Api.Answer answer = api.get("/api/v1/streaming/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("OK");
        assertThat(answer.header("Transfer-Encoding")).hasValue("chunked");
    }
}
