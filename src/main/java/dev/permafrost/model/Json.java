package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes Mastodon JSON: snake_case names, unknown fields ignored, {@code Instant} and
 * {@code LocalDate} for times, and the raw JSON of every {@link Entity} kept beside its fields.
 * Times are read leniently: Unix seconds, plain dates and date-times are accepted
 * wherever a server sends one instead of the other.
 *
 * <p>Immutable and thread-safe; create one and share it. Malformed input throws
 * {@link MalformedJsonException} naming what was expected.
 */
public final class Json {
    private final ObjectMapper mapper;

    private Json(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A codec configured for the Mastodon API. */
    public static Json create() {
        ObjectMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .addModule(new JavaTimeModule())
                .addModule(new LenientTimeModule())
                .addModule(new RawJsonModule())
                .build();
        return new Json(mapper);
    }

    /** The underlying mapper, for callers that need Jackson directly. Do not reconfigure it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Reads one entity; its {@code raw} is the exact text of the object in {@code body}. */
    public <T> T read(byte[] body, Class<T> type) {
        Objects.requireNonNull(body, "body");
        try {
            return reader(body).forType(type).readValue(body);
        } catch (IOException e) {
            throw new MalformedJsonException("expected " + describe(type) + ": " + reason(e), e);
        }
    }

    /** Reads a JSON array of entities; each keeps the exact text of its own object. */
    public <T> List<T> readList(byte[] body, Class<T> type) {
        Objects.requireNonNull(body, "body");
        ObjectReader reader = reader(body).forType(type);
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new MalformedJsonException("expected a JSON array of " + describe(type)
                        + " but the body starts with " + parser.currentToken());
            }
            List<T> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new MalformedJsonException("the JSON array of " + describe(type) + " ends early");
                }
                items.add(reader.readValue(parser));
            }
            return items;
        } catch (IOException e) {
            throw new MalformedJsonException("expected a JSON array of " + describe(type) + ": "
                    + reason(e), e);
        }
    }

    /** Reads any JSON document as a tree. */
    public JsonNode tree(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("expected a JSON document but the body is empty");
            }
            return node;
        } catch (IOException e) {
            throw new MalformedJsonException("expected a JSON document: " + reason(e), e);
        }
    }

    /** Converts a tree into a typed value; entities get the tree's compact text as raw JSON. */
    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (IOException e) {
            throw new MalformedJsonException("expected " + describe(type) + ": " + e.getMessage(), e);
        }
    }

    /** Converts a tree into a typed value of a generic type. */
    public <T> T convert(JsonNode node, JavaType type) {
        try {
            return mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
        } catch (IOException e) {
            throw new MalformedJsonException("expected " + type + ": " + e.getMessage(), e);
        }
    }

    /** Writes a value as compact JSON. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectReader reader(byte[] source) {
        return mapper.reader().withAttribute(RawJsonModule.SOURCE, source);
    }

    private static String reason(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static String describe(Class<?> type) {
        return "a " + type.getSimpleName();
    }

    /** Thrown when a body is not the JSON expected: truncated, HTML, or of the wrong shape. */
    public static final class MalformedJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedJsonException(String message) {
            super(message);
        }

        public MalformedJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
