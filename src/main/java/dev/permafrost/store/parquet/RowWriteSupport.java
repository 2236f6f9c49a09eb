package dev.permafrost.store.parquet;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes Avro records of one dataset schema straight to Parquet: the same columns and footer as
 * parquet-avro's {@code AvroWriteSupport} (three-level lists, {@code parquet.avro.schema}), without
 * its per-value schema lookups, which cost more than the encoding itself for rows like ours. The
 * value writers are built once from the schema; it supports what the archive's schemas use:
 * nullable unions, strings, longs (and timestamps), ints (and dates), booleans, doubles, bytes,
 * records and arrays of records or scalars.
 */
final class RowWriteSupport extends WriteSupport<GenericRecord> {
    private final Schema schema;
    private final Map<String, String> metadata;
    private final FieldWriter[] fields;
    private RecordConsumer consumer;

    RowWriteSupport(Schema schema, Map<String, String> metadata) {
        this.schema = schema;
        this.metadata = new HashMap<>(metadata);
        this.metadata.put("parquet.avro.schema", schema.toString());
        this.metadata.put("writer.model.name", "avro");
        this.fields = fieldWriters(schema);
    }

    @Override
    public String getName() {
        return "avro";
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        MessageType type = new AvroSchemaConverter(configuration).convert(schema);
        return new WriteContext(type, metadata);
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in WriteSupport; the archive never passes a Hadoop configuration
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
        throw new UnsupportedOperationException("the archive writes without Hadoop; use a ParquetConfiguration");
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(GenericRecord record) {
        consumer.startMessage();
        writeFields(fields, record);
        consumer.endMessage();
    }

    private void writeFields(FieldWriter[] writers, GenericRecord record) {
        for (FieldWriter field : writers) {
            Object value = record.get(field.position);
            if (value == null) {
                if (!field.nullable) {
                    throw new IllegalArgumentException("required field " + field.name + " is null in " + schema.getName());
                }
                continue;
            }
            consumer.startField(field.name, field.position);
            field.value.write(this, value);
            consumer.endField(field.name, field.position);
        }
    }

    /** Writes one non-null value to the consumer. */
    private interface ValueWriter {
        void write(RowWriteSupport support, Object value);
    }

    private record FieldWriter(String name, int position, boolean nullable, ValueWriter value) {}

    private static FieldWriter[] fieldWriters(Schema record) {
        List<Schema.Field> fields = record.getFields();
        FieldWriter[] writers = new FieldWriter[fields.size()];
        for (Schema.Field field : fields) {
            Schema type = field.schema();
            boolean nullable = false;
            if (type.getType() == Schema.Type.UNION) {
                List<Schema> branches = type.getTypes();
                if (branches.size() != 2 || !type.isNullable()) {
                    throw new IllegalArgumentException("field " + field.name() + ": only [null, T] unions are supported");
                }
                nullable = true;
                type = branches.get(0).getType() == Schema.Type.NULL ? branches.get(1) : branches.get(0);
            }
            writers[field.pos()] = new FieldWriter(field.name(), field.pos(), nullable, valueWriter(field.name(), type));
        }
        return writers;
    }

    private static ValueWriter valueWriter(String name, Schema type) {
        return switch (type.getType()) {
            case STRING -> (support, value) -> support.consumer.addBinary(value instanceof String text
                    ? Binary.fromString(text) : Binary.fromCharSequence((CharSequence) value));
            case LONG -> (support, value) -> support.consumer.addLong(((Number) value).longValue());
            case INT -> (support, value) -> support.consumer.addInteger(((Number) value).intValue());
            case BOOLEAN -> (support, value) -> support.consumer.addBoolean((Boolean) value);
            case DOUBLE -> (support, value) -> support.consumer.addDouble(((Number) value).doubleValue());
            case BYTES -> (support, value) -> support.consumer.addBinary(Binary.fromReusedByteBuffer(
                    ((ByteBuffer) value).duplicate()));
            case RECORD -> {
                FieldWriter[] nested = fieldWriters(type);
                yield (support, value) -> {
                    support.consumer.startGroup();
                    support.writeFields(nested, (GenericRecord) value);
                    support.consumer.endGroup();
                };
            }
            case ARRAY -> {
                ValueWriter element = valueWriter(name + ".element", type.getElementType());
                yield (support, value) -> support.writeList(element, (Iterable<?>) value);
            }
            default -> throw new IllegalArgumentException("field " + name + ": Avro type " + type.getType()
                    + " is not supported by the archive's writer");
        };
    }

    /** The three-level list of the Parquet spec: {@code group (LIST) { repeated group list { element } }}. */
    private void writeList(ValueWriter element, Iterable<?> items) {
        consumer.startGroup();
        boolean any = false;
        for (Object item : items) {
            if (!any) {
                consumer.startField("list", 0);
                any = true;
            }
            consumer.startGroup();
            if (item != null) {
                consumer.startField("element", 0);
                element.write(this, item);
                consumer.endField("element", 0);
            }
            consumer.endGroup();
        }
        if (any) {
            consumer.endField("list", 0);
        }
        consumer.endGroup();
    }
}
