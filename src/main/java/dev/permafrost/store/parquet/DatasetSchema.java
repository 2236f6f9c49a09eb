package dev.permafrost.store.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * The Avro schema of one dataset, loaded from {@code schemas/<dataset>.avsc} on the class path:
 * the documented contract of the files. Each schema carries a {@code version} property that grows
 * when a field is added (new fields are nullable with default null, so older files stay readable).
 */
record DatasetSchema(String dataset, Schema avro, int version) {
    static final String NAMESPACE = "dev.permafrost.archive";

    static DatasetSchema load(String dataset) {
        String resource = "schemas/" + dataset + ".avsc";
        try (InputStream in = DatasetSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the class path;"
                        + " the jar must be built with the top-level schemas/ folder");
            }
            return of(dataset, new Schema.Parser().parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    static DatasetSchema of(String dataset, Schema avro) {
        if (!NAMESPACE.equals(avro.getNamespace())) {
            throw new IllegalStateException("schema of " + dataset + " has namespace " + avro.getNamespace()
                    + ", expected " + NAMESPACE);
        }
        Object version = avro.getObjectProp("version");
        if (!(version instanceof Integer number) || number < 1) {
            throw new IllegalStateException("schema of " + dataset + " has no positive integer 'version' property");
        }
        return new DatasetSchema(dataset, avro, number);
    }
}
