package dev.permafrost.store.parquet;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.generic.GenericData;

/**
 * The rows one batch brings, per dataset and key: a key met twice in a batch (a status inside a
 * boost and on its own, an author of several statuses) is written once, with its last form.
 */
final class PendingRows {
    private final Map<Dataset, LinkedHashMap<Long, GenericData.Record>> rows = new EnumMap<>(Dataset.class);

    void add(Dataset dataset, GenericData.Record row) {
        dataset.requireKey(row);
        rows.computeIfAbsent(dataset, d -> new LinkedHashMap<>()).put(dataset.keyHash(row), row);
    }

    Map<Dataset, LinkedHashMap<Long, GenericData.Record>> byDataset() {
        return rows;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
