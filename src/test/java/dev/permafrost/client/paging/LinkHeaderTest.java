package dev.permafrost.client.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.permafrost.client.Cursor;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
    private static final URI BASE = URI.create("https://example.social/api/v1/timelines/home?limit=40");

    @Test
    void readsMastodonsNextAndPrevLinks() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://example.social/api/v1/timelines/home?limit=40&max_id=109>; rel=\"next\", "
                        + "<https://example.social/api/v1/timelines/home?limit=40&min_id=115>; rel=\"prev\""), BASE);

        assertThat(links.next().flatMap(Cursor::value)).contains("109");
        assertThat(links.next().flatMap(Cursor::positionParam)).contains("max_id");
        assertThat(links.previous().flatMap(Cursor::value)).contains("115");
        assertThat(links.previous().flatMap(Cursor::positionParam)).contains("min_id");
    }

    @Test
    void acceptsOpaqueIdsAndAnyParameterName() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://gts.example/api/v1/favourites?max_id=01HQZ7X9K3%2FAB&limit=20>; rel=\"next\", "
                        + "<https://gts.example/api/v1/favourites?cursor=eyJwIjoxfQ>; rel=prev"), BASE);

        assertThat(links.next().flatMap(Cursor::value)).contains("01HQZ7X9K3/AB");
        assertThat(links.previous().flatMap(Cursor::positionParam)).contains("cursor");
        assertThat(links.previous().flatMap(Cursor::value)).contains("eyJwIjoxfQ");
    }

    @Test
    void readsSeveralHeaderLinesAndSeveralRelationsPerLink() {
        LinkHeader links = LinkHeader.parse(List.of(
                "<https://a.example/x?max_id=1>; rel=\"next last\"",
                "<https://a.example/x?since_id=9>; title=\"newer, please; now\"; rel=\"prev\""), BASE);

        assertThat(links.rel("last").flatMap(Cursor::value)).contains("1");
        assertThat(links.next().flatMap(Cursor::value)).contains("1");
        assertThat(links.previous().flatMap(Cursor::value)).contains("9");
    }

    @Test
    void resolvesRelativeTargetsAgainstTheRequestUrl() {
        LinkHeader links = LinkHeader.parse(List.of("</api/v1/timelines/home?max_id=5>; rel=\"next\""), BASE);

        assertThat(links.next().map(Cursor::uri))
                .contains(URI.create("https://example.social/api/v1/timelines/home?max_id=5"));
    }

    @Test
    void skipsGarbageWithoutFailing() {
        LinkHeader links = LinkHeader.parse(List.of("nonsense, <broken; rel=next, <https://a.example/?max_id=3>; rel=next"), BASE);

        assertThat(links.links()).extracting(Cursor::rel).containsOnly("next");
    }

    @Test
    void anAbsentHeaderHasNoLinks() {
        LinkHeader links = LinkHeader.parse(List.of(), BASE);

        assertThat(links.next()).isEmpty();
        assertThat(links.previous()).isEmpty();
    }

    @Test
    void cursorWithParamReplacesOnlyThatParameter() {
        Cursor cursor = new Cursor(URI.create("https://a.example/api/v1/accounts/1/followers?limit=80&max_id=77"), "next");

        Cursor bounded = cursor.withParam("since_id", "12").withParam("limit", "40");

        assertThat(bounded.params()).containsEntry("max_id", "77").containsEntry("since_id", "12").containsEntry("limit", "40");
    }
}
