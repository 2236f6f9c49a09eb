package dev.permafrost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.permafrost.model.Cassettes.Interaction;
import dev.permafrost.model.EndpointTypes.Either;
import dev.permafrost.model.EndpointTypes.Empty;
import dev.permafrost.model.EndpointTypes.Endpoint;
import dev.permafrost.model.EndpointTypes.Many;
import dev.permafrost.model.EndpointTypes.NotJson;
import dev.permafrost.model.EndpointTypes.One;
import dev.permafrost.model.EndpointTypes.Returns;
import dev.permafrost.model.EndpointTypes.Scalar;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every response of the recordings with the record its endpoint returns, and checks that
 * each top-level entity keeps exactly the JSON text the server sent.
 */
class RecordedResponsesTest {
    private static final List<Interaction> INTERACTIONS = Cassettes.all().stream()
            .flatMap(cassette -> cassette.interactions().stream())
            .toList();

    private final Json json = Json.create();

    @Test
    void theRecordingsAreAllThere() {
        assertThat(Cassettes.all()).hasSize(142);
        assertThat(INTERACTIONS).hasSizeGreaterThan(700);
    }

    @TestFactory
    Stream<DynamicTest> everySuccessfulJsonResponseParsesAsTheTypeOfItsEndpoint() {
        return INTERACTIONS.stream()
                .filter(i -> i.response().isSuccess())
                .map(i -> DynamicTest.dynamicTest(i.label(), () -> successful(i)));
    }

    @TestFactory
    Stream<DynamicTest> everyJsonErrorBodyParsesAsApiError() {
        return INTERACTIONS.stream()
                .filter(i -> i.response().status() >= 400 && i.response().isJson())
                .map(i -> DynamicTest.dynamicTest(i.label(), () -> {
                    byte[] body = i.response().bodyBytes();
                    ApiError error = json.read(body, ApiError.class);
                    KeyFields.check(error, i.label());
                    assertThat(error.raw()).isEqualTo(i.response().body());
                }));
    }

    @Test
    void theValidationErrorCarriesItsDetailsPerField() {
        Interaction invalid = Cassettes.load("test_app_account_create_invalid.yaml").find("POST", "/api/v1/accounts")
                .stream().filter(i -> i.response().status() == 422).findFirst().orElseThrow();

        ApiError error = json.read(invalid.response().bodyBytes(), ApiError.class);

        assertThat(error.error()).startsWith("Validation failed");
        assertThat(error.details()).containsOnlyKeys("password", "agreement");
        assertThat(error.details().get("password")).containsExactly(new ApiError.Detail("ERR_BLANK", "can't be blank"));
    }

    @TestFactory
    Stream<DynamicTest> everyJsonEventOfTheRecordedStreamsParsesAsTheTypeOfItsEvent() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Interaction interaction : INTERACTIONS) {
            if (!interaction.request().path().startsWith("/api/v1/streaming")) {
                continue;
            }
            int number = 0;
            for (String[] event : events(interaction.response().body())) {
                String name = event[0];
                String data = event[1];
                String label = interaction.label() + " event " + number++ + " " + name;
                tests.add(DynamicTest.dynamicTest(label, () -> {
                    Returns returns = EndpointTypes.STREAM_EVENTS.get(name);
                    assertThat(returns).as("a type for event " + name).isNotNull();
                    if (returns instanceof One one) {
                        Object value = json.read(data.getBytes(UTF_8), one.type());
                        KeyFields.check(value, label);
                        assertThat(((Entity) value).raw()).isEqualTo(data);
                    } else {
                        assertThat(data).doesNotStartWith("{");
                    }
                }));
            }
        }
        assertThat(tests).as("events in the recorded streams").hasSizeGreaterThanOrEqualTo(9);
        return tests.stream();
    }

    private void successful(Interaction interaction) {
        String label = interaction.label();
        Optional<Endpoint> endpoint = EndpointTypes.find(interaction.request().method(), interaction.request().path());
        if (!interaction.response().isJson()) {
            endpoint.ifPresent(e -> assertThat(e.returns()).as(label + ": answered without JSON")
                    .isInstanceOfAny(NotJson.class, Empty.class));
            return;
        }
        if (endpoint.isEmpty()) {
            fail(label + ": a JSON response of an endpoint that EndpointTypes does not map");
        }
        Returns returns = endpoint.get().returns();
        byte[] body = interaction.response().bodyBytes();
        JsonNode tree = json.tree(body);
        if (returns instanceof Empty) {
            assertThat(tree.isObject() && tree.isEmpty()).as(label + ": an empty object").isTrue();
        } else if (returns instanceof One one) {
            single(label, body, tree, one.type());
        } else if (returns instanceof Either either) {
            single(label, body, tree, either.typeOf(tree));
        } else if (returns instanceof Many many) {
            list(label, body, tree, many.type());
        } else if (returns instanceof Scalar scalar) {
            assertThat(json.convert(tree, scalar.type())).as(label).isNotNull();
        } else {
            fail(label + ": mapped as " + returns + " but the server answered JSON");
        }
    }

    private void single(String label, byte[] body, JsonNode tree, Class<?> type) {
        assertThat(tree.isObject()).as(label + ": a JSON object").isTrue();
        Object value = json.read(body, type);
        KeyFields.check(value, label);
        if (value instanceof Entity entity) {
            String text = new String(body, UTF_8).strip();
            assertThat(entity.raw()).as(label + ": raw JSON").isEqualTo(text);
            assertThat(json.tree(entity.raw().getBytes(UTF_8))).isEqualTo(tree);
        }
    }

    private void list(String label, byte[] body, JsonNode tree, Class<?> type) {
        assertThat(tree.isArray()).as(label + ": a JSON array").isTrue();
        List<?> values = json.readList(body, type);
        assertThat(values).as(label).hasSize(tree.size());
        List<String> raws = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            KeyFields.check(value, label + "[" + i + "]");
            if (value instanceof Entity entity) {
                raws.add(entity.raw());
                assertThat(json.tree(entity.raw().getBytes(UTF_8)))
                        .as(label + "[" + i + "] raw re-parsed").isEqualTo(tree.get(i));
            }
        }
        if (!raws.isEmpty()) {
            // Mastodon writes compact JSON, so the elements' exact texts joined by commas are the body.
            String text = new String(body, UTF_8).strip();
            assertThat("[" + String.join(",", raws) + "]").as(label + ": raw JSON of the elements").isEqualTo(text);
        }
    }

    /**
     * Fields of the recordings that no component reads, on purpose: they stay in {@code raw}.
     * Anything else a server sends must land in a component, so the records are complete for
     * what real servers return.
     */
    private static final Set<String> LEFT_IN_RAW = Set.of();

    @Test
    void everyFieldTheRecordingsSendIsReadIntoAComponentOrDeliberatelyLeftInRaw() {
        Set<String> unread = new TreeSet<>();
        for (Interaction interaction : INTERACTIONS) {
            Optional<Endpoint> endpoint = EndpointTypes.find(interaction.request().method(), interaction.request().path());
            if (!interaction.response().isSuccess() || !interaction.response().isJson() || endpoint.isEmpty()) {
                continue;
            }
            JsonNode tree = json.tree(interaction.response().bodyBytes());
            Returns returns = endpoint.get().returns();
            if (returns instanceof One one) {
                unread(tree, json.mapper().constructType(one.type()), unread);
            } else if (returns instanceof Either either) {
                unread(tree, json.mapper().constructType(either.typeOf(tree)), unread);
            } else if (returns instanceof Many many) {
                tree.forEach(element -> unread(element, json.mapper().constructType(many.type()), unread));
            }
        }
        assertThat(unread).containsExactlyInAnyOrderElementsOf(LEFT_IN_RAW);
    }

    private void unread(JsonNode node, JavaType type, Set<String> unread) {
        Class<?> raw = type.getRawClass();
        if (node == null || node.isNull() || JsonNode.class.isAssignableFrom(raw)) {
            return;
        }
        if (type.isCollectionLikeType() || type.isMapLikeType()) {
            node.forEach(element -> unread(element, type.getContentType(), unread));
            return;
        }
        if (!raw.isRecord() || !node.isObject()) {
            return;
        }
        Map<String, BeanPropertyDefinition> properties = new HashMap<>();
        json.mapper().getDeserializationConfig().introspect(type).findProperties()
                .forEach(property -> properties.put(property.getName(), property));
        String name = raw.getName().substring(raw.getPackageName().length() + 1).replace('$', '.');
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            BeanPropertyDefinition property = properties.get(field.getKey());
            if (property == null) {
                unread.add(name + "." + field.getKey());
            } else {
                unread(field.getValue(), property.getPrimaryType(), unread);
            }
        }
    }

    // Server-sent events: "event: name" and "data: payload" lines, events separated by blank lines.
    private static List<String[]> events(String stream) {
        List<String[]> events = new ArrayList<>();
        String name = null;
        StringBuilder data = new StringBuilder();
        for (String line : (stream + "\n\n").split("\n", -1)) {
            if (line.isEmpty()) {
                if (name != null) {
                    events.add(new String[] {name, data.toString()});
                }
                name = null;
                data.setLength(0);
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:")) {
                data.append(data.length() == 0 ? "" : "\n").append(line.substring("data:".length()).strip());
            }
        }
        return events;
    }
}
