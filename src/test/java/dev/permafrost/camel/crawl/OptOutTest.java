package dev.permafrost.camel.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.model.Account;
import dev.permafrost.model.Json;
import dev.permafrost.model.Status;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OptOutTest {
    private static final Json JSON = Json.create();

    private static Account account(String fields) {
        return JSON.read(("{\"id\":\"1\",\"username\":\"u\",\"acct\":\"u\"," + fields + "}").getBytes(StandardCharsets.UTF_8),
                Account.class);
    }

    private static String note(String html) {
        return "\"note\":\"" + html.replace("\"", "\\\"") + "\"";
    }

    @Test
    void aNobotOrNoarchiveHashtagInTheBioOptsOutInAnyCase() {
        assertThat(OptOut.optedOut(account(note("<p>Hello <a href=\"https://x/tags/nobot\" class=\"mention hashtag\""
                + " rel=\"tag\">#<span>NoBot</span></a></p>")))).isTrue();
        assertThat(OptOut.optedOut(account(note("<p>archive nothing #noarchive.</p>")))).isTrue();
    }

    @Test
    void aLongerHashtagIsNotAnOptOut() {
        assertThat(OptOut.optedOut(account(note("<p>#nobotany is my field, and #noarchives too</p>")))).isFalse();
    }

    @Test
    void noindexOrNotDiscoverableOptsOutButAnUnsetDiscoverableDoesNot() {
        assertThat(OptOut.optedOut(account("\"noindex\":true"))).isTrue();
        assertThat(OptOut.optedOut(account("\"discoverable\":false"))).isTrue();
        assertThat(OptOut.optedOut(account("\"discoverable\":null,\"noindex\":false"))).isFalse();
    }

    @Test
    void aBoostOfAnOptedOutAuthorIsLeftOut() {
        String author = "{\"id\":\"1\",\"username\":\"a\",\"acct\":\"a\",\"discoverable\":true}";
        String hidden = "{\"id\":\"2\",\"username\":\"h\",\"acct\":\"h\",\"noindex\":true}";
        Status boost = JSON.read(("{\"id\":\"10\",\"account\":" + author + ",\"reblog\":{\"id\":\"9\",\"account\":" + hidden
                + "}}").getBytes(StandardCharsets.UTF_8), Status.class);
        Status plain = JSON.read(("{\"id\":\"11\",\"account\":" + author + "}").getBytes(StandardCharsets.UTF_8), Status.class);

        assertThat(OptOut.notOptedOut().test(boost)).isFalse();
        assertThat(OptOut.notOptedOut().test(plain)).isTrue();
    }
}
