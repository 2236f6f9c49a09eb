package dev.permafrost.store.parquet;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Copies a row read from a file (possibly written with an older schema) into the current schema,
 * by field name: fields the old file lacks become null, {@code Utf8} becomes {@code String}.
 */
final class Records {
    private Records() {}

    static GenericData.Record upgrade(Schema target, GenericRecord source) {
        GenericData.Record copy = new GenericData.Record(target);
        for (Schema.Field field : target.getFields()) {
            Schema.Field old = source.getSchema().getField(field.name());
            copy.put(field.pos(), old == null ? null : convert(field.schema(), source.get(old.pos())));
        }
        return copy;
    }

    private static Object convert(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        Schema type = nonNull(schema);
        return switch (type.getType()) {
            case RECORD -> upgrade(type, (GenericRecord) value);
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (Object item : (Iterable<?>) value) {
                    items.add(convert(type.getElementType(), item));
                }
                yield items;
            }
            case STRING -> value.toString();
            case BYTES -> value instanceof ByteBuffer bytes ? bytes.duplicate() : value;
            default -> value;
        };
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }
}
