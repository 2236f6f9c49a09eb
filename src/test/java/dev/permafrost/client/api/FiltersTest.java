package dev.permafrost.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.api.Filters.Action;
import dev.permafrost.client.api.Filters.Context;
import dev.permafrost.client.api.Filters.KeywordChange;
import dev.permafrost.client.api.Filters.Spec;
import dev.permafrost.model.Filter;
import dev.permafrost.model.FilterKeyword;
import dev.permafrost.model.FilterStatus;
import dev.permafrost.model.FilterV1;
import dev.permafrost.sim.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FiltersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private SimHarness sim;
    private Filters filters;

    @BeforeEach
    void start() {
        sim = SimHarness.start();
        filters = sim.mastodon.filters();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private Filter spoilers() {
        return filters.create(Spec.titled("Spoilers", Context.HOME, Context.PUBLIC).action(Action.HIDE)
                .expiresIn(Duration.ofDays(1)).keyword("finale", true).keyword("ending", false));
    }

    private static JsonNode json(RecordedRequest request) throws Exception {
        return JSON.readTree(request.body());
    }

    @Test
    void listReadsEveryFilterWithItsKeywords() {
        List<Filter> all = filters.list();

        assertThat(all).hasSize(sim.world.filtersCount());
        assertThat(all).allSatisfy(filter -> assertThat(filter.keywords()).isNotEmpty());
        assertThat(sim.last("GET", "/api/v2/filters").status()).isEqualTo(200);
    }

    @Test
    void createSendsAJsonBodyWithTheKeywordsAndReturnsTheFilter() throws Exception {
        Instant before = Instant.now();

        Filter created = spoilers();

        RecordedRequest sent = sim.last("POST", "/api/v2/filters");
        assertThat(sent.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(sent);
        assertThat(body.get("title").asText()).isEqualTo("Spoilers");
        assertThat(body.get("context")).hasSize(2);
        assertThat(body.get("filter_action").asText()).isEqualTo("hide");
        assertThat(body.get("expires_in").asLong()).isEqualTo(86_400);
        assertThat(body.get("keywords_attributes").get(0).get("keyword").asText()).isEqualTo("finale");
        assertThat(body.get("keywords_attributes").get(0).get("whole_word").asBoolean()).isTrue();
        assertThat(created.title()).isEqualTo("Spoilers");
        assertThat(created.context()).containsExactlyInAnyOrder("home", "public");
        assertThat(created.filterAction()).isEqualTo("hide");
        assertThat(created.expiresAt()).isAfter(before.plus(Duration.ofHours(23)));
        assertThat(created.keywords()).extracting(Filter.Keyword::keyword).containsExactly("finale", "ending");
    }

    @Test
    void aFilterWithoutTitleOrContextIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> filters.create(Spec.NO_CHANGE.title("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(sim.server.requests().count(r -> r.path().equals("/api/v2/filters"))).isZero();
    }

    @Test
    void getReadsOneFilter() {
        Filter created = spoilers();

        assertThat(filters.get(created.id()).keywords()).hasSize(2);
        assertThat(sim.last("GET", "/api/v2/filters/" + created.id()).status()).isEqualTo(200);
    }

    @Test
    void updateChangesWhatItSetsAndEditsRemovesAndAddsKeywords() throws Exception {
        Filter created = spoilers();
        Filter.Keyword finale = created.keywords().get(0);
        Filter.Keyword ending = created.keywords().get(1);

        Filter updated = filters.update(created.id(), Spec.NO_CHANGE.title("Plot").change(KeywordChange.edit(finale.id(), "season finale", false))
                .change(KeywordChange.remove(ending.id())).keyword("cliffhanger", true));

        JsonNode body = json(sim.last("PUT", "/api/v2/filters/" + created.id()));
        assertThat(body.has("context")).isFalse();
        assertThat(body.get("keywords_attributes").get(1).get("_destroy").asBoolean()).isTrue();
        assertThat(updated.title()).isEqualTo("Plot");
        assertThat(updated.filterAction()).isEqualTo("hide");
        assertThat(updated.keywords()).extracting(Filter.Keyword::keyword).containsExactly("season finale", "cliffhanger");
        assertThat(updated.keywords().get(0).id()).isEqualTo(finale.id());
        assertThat(updated.keywords().get(0).wholeWord()).isFalse();
    }

    @Test
    void deleteRemovesTheFilter() {
        Filter created = spoilers();

        filters.delete(created.id());

        assertThat(sim.last("DELETE", "/api/v2/filters/" + created.id()).status()).isEqualTo(200);
        assertThatThrownBy(() -> filters.get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void keywordsAreListedAddedReadChangedAndDeletedOneByOne() {
        Filter created = spoilers();

        FilterKeyword added = filters.addKeyword(created.id(), "twist", true);
        FilterKeyword changed = filters.updateKeyword(added.id(), "plot twist", false);
        FilterKeyword read = filters.keyword(added.id());
        List<FilterKeyword> listed = filters.keywords(created.id());
        filters.deleteKeyword(added.id());

        assertThat(SimHarness.form(sim.last("POST", "/api/v2/filters/" + created.id() + "/keywords")))
                .isEqualTo(Map.of("keyword", List.of("twist"), "whole_word", List.of("true")));
        assertThat(SimHarness.form(sim.last("PUT", "/api/v2/filters/keywords/" + added.id())))
                .isEqualTo(Map.of("keyword", List.of("plot twist"), "whole_word", List.of("false")));
        assertThat(added.wholeWord()).isTrue();
        assertThat(changed.keyword()).isEqualTo("plot twist");
        assertThat(read).isEqualTo(changed);
        assertThat(listed).extracting(FilterKeyword::keyword).containsExactly("finale", "ending", "plot twist");
        assertThat(filters.keywords(created.id())).hasSize(2);
        assertThat(sim.last("DELETE", "/api/v2/filters/keywords/" + added.id()).status()).isEqualTo(200);
    }

    @Test
    void statusesAreAddedListedReadAndRemoved() {
        Filter created = spoilers();
        String statusId = sim.world.publicTimelineIds().get(0);

        FilterStatus added = filters.addStatus(created.id(), statusId);
        List<FilterStatus> listed = filters.statuses(created.id());
        FilterStatus read = filters.status(added.id());
        filters.deleteStatus(added.id());

        assertThat(SimHarness.form(sim.last("POST", "/api/v2/filters/" + created.id() + "/statuses")))
                .isEqualTo(Map.of("status_id", List.of(statusId)));
        assertThat(added.statusId()).isEqualTo(statusId);
        assertThat(listed).containsExactly(added);
        assertThat(read).isEqualTo(added);
        assertThat(filters.statuses(created.id())).isEmpty();
        assertThat(sim.last("DELETE", "/api/v2/filters/statuses/" + added.id()).status()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("deprecation")
    void theV1FiltersAreTheKeywordsOfTheV2Ones() {
        Filter created = spoilers();

        List<FilterV1> v1 = filters.listV1();
        FilterV1 one = filters.getV1(created.keywords().get(0).id());

        assertThat(v1).extracting(FilterV1::phrase).contains("finale", "ending");
        assertThat(one.phrase()).isEqualTo("finale");
        assertThat(one.irreversible()).isTrue();
        assertThat(one.context()).containsExactlyInAnyOrder("home", "public");
        assertThat(sim.last("GET", "/api/v1/filters/" + one.id()).status()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("deprecation")
    void aV1FilterIsCreatedReplacedAndDeleted() {
        FilterV1 created = filters.createV1(new Filters.SpecV1("spoiler", java.util.Set.of(Context.THREAD), false, true, null));
        FilterV1 updated = filters.updateV1(created.id(), new Filters.SpecV1("spoilers", java.util.Set.of(Context.THREAD,
                Context.NOTIFICATIONS), true, false, Duration.ofHours(2)));
        filters.deleteV1(created.id());

        assertThat(SimHarness.form(sim.last("POST", "/api/v1/filters"))).isEqualTo(Map.of("phrase", List.of("spoiler"),
                "context[]", List.of("thread"), "irreversible", List.of("false"), "whole_word", List.of("true")));
        assertThat(SimHarness.form(sim.last("PUT", "/api/v1/filters/" + created.id()))).containsEntry("expires_in", List.of("7200"))
                .containsEntry("context[]", List.of("notifications", "thread"));
        assertThat(created.wholeWord()).isTrue();
        assertThat(updated.phrase()).isEqualTo("spoilers");
        assertThat(updated.irreversible()).isTrue();
        assertThat(updated.expiresAt()).isNotNull();
        assertThat(sim.last("DELETE", "/api/v1/filters/" + created.id()).status()).isEqualTo(200);
        assertThatThrownBy(() -> filters.getV1(created.id())).isInstanceOf(NotFoundException.class);
    }
}
