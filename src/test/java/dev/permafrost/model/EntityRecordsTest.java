package dev.permafrost.model;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The conventions every entity record of the package follows. */
class EntityRecordsTest {
    private final Json json = Json.create();

    @Test
    void everyEntityIsAPublicRecordEndingWithAnIgnoredRawComponent() throws Exception {
        List<Class<?>> entities = entityTypes();

        assertThat(entities).hasSizeGreaterThan(80);
        for (Class<?> type : entities) {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(Modifier.isPublic(type.getModifiers())).as(type + " is public").isTrue();
            RecordComponent[] components = type.getRecordComponents();
            RecordComponent last = components[components.length - 1];
            assertThat(last.getName()).as(type + " ends with raw").isEqualTo("raw");
            assertThat(last.getType()).isEqualTo(String.class);
            assertThat(last.getAccessor().isAnnotationPresent(JsonIgnore.class)
                    || type.getDeclaredField("raw").isAnnotationPresent(JsonIgnore.class))
                    .as(type + ".raw is @JsonIgnore").isTrue();
        }
    }

    @Test
    void everyEntityReadsAnEmptyObjectWithEmptyListsAndItsRawText() throws Exception {
        for (Class<?> type : entityTypes()) {
            if (type == DomainName.class) {
                continue; // a bare JSON string, not an object
            }
            Object value = json.read("{}".getBytes(UTF_8), type);

            assertThat(((Entity) value).raw()).as(type.getSimpleName()).isEqualTo("{}");
            for (RecordComponent component : type.getRecordComponents()) {
                Object part = component.getAccessor().invoke(value);
                if (Collection.class.isAssignableFrom(component.getType())
                        || Map.class.isAssignableFrom(component.getType())) {
                    assertThat(part).as(type.getSimpleName() + "." + component.getName() + " is not null").isNotNull();
                }
            }
        }
    }

    @Test
    void everyTypeTheEndpointsReturnIsAnEntity() {
        for (EndpointTypes.Endpoint endpoint : EndpointTypes.all()) {
            Class<?> type = null;
            if (endpoint.returns() instanceof EndpointTypes.One one) {
                type = one.type();
            } else if (endpoint.returns() instanceof EndpointTypes.Many many) {
                type = many.type();
            }
            if (type != null) {
                assertThat(Entity.class).as(endpoint.method() + " " + endpoint.path()).isAssignableFrom(type);
            }
        }
    }

    @Test
    void anApplicationNeverPrintsItsClientSecret() {
        Application app = json.read("{\"id\":\"1\",\"name\":\"p\",\"client_id\":\"cid\",\"client_secret\":\"hush\"}"
                .getBytes(UTF_8), Application.class);

        assertThat(app.clientSecret()).isEqualTo("hush");
        assertThat(app.toString()).doesNotContain("hush").contains("cid");
    }

    private static List<Class<?>> entityTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Entity.class.getPackageName().replace('.', '/'));
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(Entity.class.getPackageName() + "." + name.replace(".class", ""));
                if (Entity.class.isAssignableFrom(type) && !type.isInterface()) {
                    entities.add(type);
                }
            }
        }
        return entities;
    }
}
