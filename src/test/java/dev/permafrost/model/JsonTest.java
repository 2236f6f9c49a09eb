package dev.permafrost.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final Json json = Json.create();

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    @Test
    void unknownFieldsAreIgnoredAndKeptInRaw() {
        String body = "{\"id\":\"1\",\"name\":\"cats\",\"url\":\"https://x.example/tags/cats\","
                + "\"field_from_mastodon_9\":{\"deep\":[1,2]},\"history\":[]}";

        Tag tag = json.read(bytes(body), Tag.class);

        assertThat(tag.name()).isEqualTo("cats");
        assertThat(tag.raw()).isEqualTo(body);
    }

    @Test
    void rawIsTheExactTextEscapesAndSpacingIncluded() {
        String body = "{ \"id\" : \"7\",\n  \"title\":\"a \\u003cb\\u003e list \\u00e9\\ud83d\\ude00\" , \"exclusive\": false }";

        MastodonList list = json.read(bytes(body), MastodonList.class);

        assertThat(list.title()).isEqualTo("a <b> list \u00e9\ud83d\ude00");
        assertThat(list.raw()).isEqualTo(body);
    }

    @Test
    void rawOfEveryElementOfAnArrayIsItsOwnText() {
        String first = "{\"id\":\"1\",\"title\":\"\\u003cone\\u003e\"}";
        String second = "{\"id\":\"2\",\"title\":\"two\",\"replies_policy\":\"list\"}";

        List<MastodonList> lists = json.readList(bytes("[ " + first + " ,\n" + second + "]"), MastodonList.class);

        assertThat(lists).extracting(MastodonList::raw).containsExactly(first, second);
    }

    @Test
    void rawIsFilledForNestedEntitiesToo() {
        String account = "{\"id\":\"9\",\"username\":\"ann\",\"acct\":\"ann\",\"note\":\"\\u003cp\\u003ehi\\u003c/p\\u003e\"}";
        String boosted = "{\"id\":\"2\",\"content\":\"\\u003cp\\u003eboosted\\u003c/p\\u003e\",\"account\":" + account + "}";
        String body = "{\"id\":\"3\",\"account\":" + account + ",\"reblog\":" + boosted
                + ",\"media_attachments\":[{\"id\":\"m\",\"type\":\"image\"}]}";

        Status status = json.read(bytes(body), Status.class);

        assertThat(status.raw()).isEqualTo(body);
        assertThat(status.account().raw()).isEqualTo(account);
        assertThat(status.reblog().raw()).isEqualTo(boosted);
        assertThat(status.reblog().account().raw()).isEqualTo(account);
        assertThat(status.mediaAttachments().get(0).raw()).isEqualTo("{\"id\":\"m\",\"type\":\"image\"}");
    }

    @Test
    void absentListsAreEmptyNotNull() {
        Status status = json.read(bytes("{\"id\":\"1\",\"tags\":null}"), Status.class);

        assertThat(status.tags()).isEmpty();
        assertThat(status.mediaAttachments()).isEmpty();
        assertThat(status.filtered()).isEmpty();
        assertThat(status.taggedCollections()).isEmpty();
    }

    @Test
    void aTruncatedBodyIsMalformedJsonNamingTheExpectedType() {
        byte[] truncated = bytes("{\"id\":\"1\",\"content\":\"<p>cut he");

        assertThatThrownBy(() -> json.read(truncated, Status.class))
                .isInstanceOf(Json.MalformedJsonException.class)
                .hasMessageContaining("Status");
        assertThatThrownBy(() -> json.readList(bytes("[{\"id\":\"1\"},{\"id\""), Status.class))
                .isInstanceOf(Json.MalformedJsonException.class)
                .hasMessageContaining("array of a Status");
    }

    @Test
    void anHtmlPageIsMalformedJsonNamingTheExpectedType() {
        byte[] page = bytes("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>");

        assertThatThrownBy(() -> json.read(page, Account.class))
                .isInstanceOf(Json.MalformedJsonException.class)
                .hasMessageContaining("Account");
        assertThatThrownBy(() -> json.readList(page, Account.class))
                .isInstanceOf(Json.MalformedJsonException.class)
                .hasMessageContaining("Account");
    }

    @Test
    void tokenCreatedAtIsReadFromUnixSeconds() {
        Token token = json.read(bytes("{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"scope\":\"read\","
                + "\"created_at\":1785592219}"), Token.class);

        assertThat(token.createdAt()).isEqualTo(Instant.parse("2026-08-01T13:50:19Z"));
    }

    @Test
    void epochMillisecondsFromOtherServersAreNotTakenForSeconds() {
        Token token = json.read(bytes("{\"access_token\":\"abc\",\"created_at\":1785592219123}"), Token.class);

        assertThat(token.createdAt()).isEqualTo(Instant.parse("2026-08-01T13:50:19.123Z"));
    }

    @Test
    void lastStatusAtIsReadFromADateOrADateTime() {
        Account byDate = json.read(bytes("{\"id\":\"1\",\"last_status_at\":\"2026-08-01\"}"), Account.class);
        Account byDateTime = json.read(bytes("{\"id\":\"1\",\"last_status_at\":\"2026-08-01T23:10:00.000Z\"}"),
                Account.class);
        Account never = json.read(bytes("{\"id\":\"1\",\"last_status_at\":null}"), Account.class);

        assertThat(byDate.lastStatusAt()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(byDateTime.lastStatusAt()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(never.lastStatusAt()).isNull();
    }

    @Test
    void instantsAcceptOffsetsPlainDatesAndSecondsAsText() {
        AdminCohort cohort = json.read(bytes("{\"period\":\"2020-09-29T00:00:00+02:00\",\"frequency\":\"day\","
                + "\"data\":[{\"date\":\"2020-09-29\",\"rate\":0.5,\"value\":\"3\"}]}"), AdminCohort.class);
        InstanceActivity week = json.read(bytes("{\"week\":\"1785592262\",\"statuses\":\"18\",\"logins\":\"4\","
                + "\"registrations\":\"4\"}"), InstanceActivity.class);

        assertThat(cohort.period()).isEqualTo(Instant.parse("2020-09-28T22:00:00Z"));
        assertThat(cohort.data().get(0).date()).isEqualTo(Instant.parse("2020-09-29T00:00:00Z"));
        assertThat(cohort.data().get(0).value()).isEqualTo(3);
        assertThat(week.week()).isEqualTo(Instant.ofEpochSecond(1785592262L));
        assertThat(week.statuses()).isEqualTo(18);
    }

    @Test
    void aTimeThatIsNoTimeIsMalformedJson() {
        assertThatThrownBy(() -> json.read(bytes("{\"id\":\"1\",\"created_at\":\"yesterday\"}"), Status.class))
                .isInstanceOf(Json.MalformedJsonException.class)
                .hasMessageContaining("Status");
    }

    @Test
    void preferencesAreReadFromTheirColonSeparatedKeys() {
        Preferences preferences = json.read(bytes("{\"posting:default:visibility\":\"unlisted\","
                + "\"posting:default:sensitive\":true,\"reading:expand:media\":\"default\"}"), Preferences.class);

        assertThat(preferences.postingDefaultVisibility()).isEqualTo("unlisted");
        assertThat(preferences.postingDefaultSensitive()).isTrue();
        assertThat(preferences.readingExpandMedia()).isEqualTo("default");
        assertThat(preferences.readingExpandSpoilers()).isNull();
    }

    @Test
    void nodeInfoKeepsItsCamelCaseNames() {
        NodeInfo info = json.read(bytes("{\"version\":\"2.0\",\"software\":{\"name\":\"mastodon\",\"version\":\"4.6.4\"},"
                + "\"usage\":{\"users\":{\"total\":4,\"activeMonth\":2},\"localPosts\":7},\"openRegistrations\":true}"),
                NodeInfo.class);

        assertThat(info.openRegistrations()).isTrue();
        assertThat(info.usage().users().activeMonth()).isEqualTo(2);
        assertThat(info.usage().localPosts()).isEqualTo(7);
    }

    @Test
    void bothShapesOfAQuoteGiveTheQuotedStatusId() {
        Status full = json.read(bytes("{\"id\":\"2\",\"quote\":{\"state\":\"accepted\",\"quoted_status\":{\"id\":\"1\"}}}"),
                Status.class);
        Status shallow = json.read(bytes("{\"id\":\"3\",\"quote\":{\"state\":\"accepted\",\"quoted_status_id\":\"1\"}}"),
                Status.class);

        assertThat(full.quotedStatusId()).isEqualTo("1");
        assertThat(shallow.quotedStatusId()).isEqualTo("1");
        assertThat(json.convert(full.quote(), Quote.class).quotedId()).isEqualTo("1");
        assertThat(json.convert(shallow.quote(), Quote.class).quotedId()).isEqualTo("1");
        assertThat(json.read(bytes("{\"id\":\"4\",\"quote\":null}"), Status.class).quotedStatusId()).isNull();
    }

    @Test
    void aNotificationEventConvertsToItsRecord() {
        Notification notification = json.read(bytes("{\"id\":\"5\",\"type\":\"severed_relationships\","
                + "\"event\":{\"id\":\"8\",\"type\":\"domain_block\",\"purged\":false,\"target_name\":\"bad.example\","
                + "\"followers_count\":3,\"following_count\":1,\"created_at\":\"2026-08-01T00:00:00.000Z\"}}"),
                Notification.class);

        RelationshipSeveranceEvent event = json.convert(notification.event(), RelationshipSeveranceEvent.class);

        assertThat(event.targetName()).isEqualTo("bad.example");
        assertThat(event.followersCount()).isEqualTo(3);
        assertThat(event.raw()).contains("\"target_name\":\"bad.example\"");
    }

    @Test
    void anErrorWhoseErrorIsAnObjectStillParses() {
        ApiError error = json.read(bytes("{\"error\":{\"code\":\"x\"},\"error_description\":\"bad\"}"), ApiError.class);

        assertThat(error.error()).isEqualTo("{\"code\":\"x\"}");
        assertThat(error.message()).isEqualTo("{\"code\":\"x\"}: bad");
        assertThat(error.details()).isEmpty();
    }

    @Test
    void translationLanguagesAreAMapOfSourceToTargets() {
        String body = "{\"en\":[\"de\",\"fr\"],\"de\":[\"en\"]}";

        TranslationLanguages languages = json.read(bytes(body), TranslationLanguages.class);

        assertThat(languages.targets("en")).containsExactly("de", "fr");
        assertThat(languages.targets("ja")).isEmpty();
        assertThat(languages.raw()).isEqualTo(body);
    }

    @Test
    void aPeerListIsReadAsDomainNames() {
        List<DomainName> peers = json.readList(bytes("[\"a.example\",\"b.example\"]"), DomainName.class);

        assertThat(peers).extracting(DomainName::id).containsExactly("a.example", "b.example");
        assertThat(peers.get(0).raw()).isEqualTo("\"a.example\"");
    }

    @Test
    void secretsStayOutOfToString() {
        Token token = json.read(bytes("{\"access_token\":\"s3cr3t-token\",\"refresh_token\":\"r3fresh\","
                + "\"token_type\":\"Bearer\",\"created_at\":1}"), Token.class);
        WebPushSubscription push = json.read(bytes("{\"id\":1,\"endpoint\":\"https://push.example/send/d3v1c3-k3y\","
                + "\"server_key\":\"BPUBLIC\",\"alerts\":{\"mention\":true}}"), WebPushSubscription.class);

        assertThat(token.toString()).doesNotContain("s3cr3t-token").doesNotContain("r3fresh").contains("Bearer");
        assertThat(push.toString()).doesNotContain("d3v1c3-k3y").contains("https://push.example");
        assertThat(push.id()).isEqualTo("1");
    }

    @Test
    void aRoleIsReadFromAnObjectOrFromTheBareNameOlderServersSend() {
        AdminAccount current = json.read(bytes("{\"id\":\"1\",\"role\":{\"id\":\"3\",\"name\":\"Owner\","
                + "\"permissions\":\"8388607\",\"highlighted\":true}}"), AdminAccount.class);
        AdminAccount old = json.read(bytes("{\"id\":\"1\",\"role\":\"admin\"}"), AdminAccount.class);

        assertThat(current.role().name()).isEqualTo("Owner");
        assertThat(current.role().permissions()).isEqualTo("8388607");
        assertThat(current.role().raw()).startsWith("{\"id\":\"3\"");
        assertThat(old.role().name()).isEqualTo("admin");
        assertThat(old.role().id()).isNull();
    }
}
