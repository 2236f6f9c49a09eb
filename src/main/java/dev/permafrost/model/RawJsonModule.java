package dev.permafrost.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Fills the {@code raw} component of every {@link Entity} record while it is read.
 *
 * <p>When the document was read from a byte array handed over as the {@link #SOURCE} attribute,
 * the raw text is the exact slice of those bytes (one pass, byte for byte what the server sent).
 * Otherwise the object is buffered and written back as compact JSON.
 */
final class RawJsonModule extends SimpleModule {

    /** Context attribute holding the {@code byte[]} being parsed. */
    static final String SOURCE = "permafrost.source";

    RawJsonModule() {
        super("permafrost-raw-json");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (Entity.class.isAssignableFrom(type) && type.isRecord()) {
                    return new RawCapturing(deserializer, RecordCopier.of(type));
                }
                return deserializer;
            }
        });
    }

    /** Wraps a record's deserializer and sets its raw component afterwards. */
    private static final class RawCapturing extends DelegatingDeserializer {
        private final RecordCopier copier;

        RawCapturing(JsonDeserializer<?> delegate, RecordCopier copier) {
            super(delegate);
            this.copier = copier;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new RawCapturing(newDelegatee, copier);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return _delegatee.deserialize(parser, context);
            }
            Object source = context.getAttribute(SOURCE);
            long start = parser.currentTokenLocation().getByteOffset();
            if (source instanceof byte[] bytes && start >= 0) {
                Object value = _delegatee.deserialize(parser, context);
                long end = parser.currentLocation().getByteOffset();
                if (end > start && end <= bytes.length) {
                    String raw = new String(bytes, (int) start, (int) (end - start), StandardCharsets.UTF_8);
                    return copier.withRaw(value, raw);
                }
                return value;
            }
            TokenBuffer buffer = context.bufferAsCopyOfValue(parser);
            StringWriter text = new StringWriter();
            try (JsonGenerator generator = parser.getCodec().getFactory().createGenerator(text)) {
                buffer.serialize(generator);
            }
            try (JsonParser replay = buffer.asParserOnFirstToken()) {
                Object value = _delegatee.deserialize(replay, context);
                return copier.withRaw(value, text.toString());
            }
        }
    }

}
