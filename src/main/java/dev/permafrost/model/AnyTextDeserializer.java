package dev.permafrost.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads any JSON value as text: strings as they are, anything else as its compact JSON. */
final class AnyTextDeserializer extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;

    AnyTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken().isScalarValue()) {
            return parser.getValueAsString();
        }
        JsonNode node = context.readTree(parser);
        return node.toString();
    }
}
