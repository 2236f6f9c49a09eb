package dev.permafrost.store.parquet;

import dev.permafrost.store.CollectionKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.io.api.Binary;

/**
 * The rows of a relationship collection: which dataset holds them and which column values pick
 * them out (followers of A: {@code follows} where {@code followed_id = A}).
 */
record RelationScope(Dataset dataset, Map<String, String> columns) {

    static RelationScope of(CollectionKey key) {
        String account = key.account();
        String argument = key.argument();
        return switch (key.kind()) {
            case FOLLOWERS -> new RelationScope(Dataset.FOLLOWS, Map.of("followed_id", account));
            case FOLLOWING -> new RelationScope(Dataset.FOLLOWS, Map.of("follower_id", account));
            case BLOCKS -> new RelationScope(Dataset.BLOCKS, Map.of("owner_id", account));
            case MUTES -> new RelationScope(Dataset.MUTES, Map.of("owner_id", account));
            case LIST_MEMBERS -> new RelationScope(Dataset.LIST_MEMBERS, Map.of("list_id", argument));
            case REBLOGGED_BY -> interactions(argument, "reblog");
            case FAVOURITED_BY -> interactions(argument, "favourite");
            case DOMAIN_BLOCKS -> new RelationScope(Dataset.DOMAIN_BLOCKS, Map.of("owner_id", account));
            case LISTS -> new RelationScope(Dataset.LISTS, Map.of("owner_id", account));
            case FOLLOWED_TAGS -> new RelationScope(Dataset.FOLLOWED_TAGS, Map.of("owner_id", account));
            case FILTERS -> new RelationScope(Dataset.FILTERS, Map.of("owner_id", account));
            case SCHEDULED -> new RelationScope(Dataset.SCHEDULED_STATUSES, Map.of("owner_id", account));
            default -> throw new IllegalArgumentException("collection " + key + " is not a relationship collection;"
                    + " finishWalk applies to followers, following, blocks, mutes, list members, reblogged-by,"
                    + " favourited-by, domain blocks, lists, followed tags, filters and scheduled statuses");
        };
    }

    private static RelationScope interactions(String statusId, String kind) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("status_id", statusId);
        columns.put("kind", kind);
        return new RelationScope(Dataset.STATUS_INTERACTIONS, columns);
    }

    /** A Parquet predicate matching the scope's column values. */
    FilterPredicate predicate() {
        FilterPredicate predicate = null;
        for (Map.Entry<String, String> column : columns.entrySet()) {
            FilterPredicate equal = FilterApi.eq(FilterApi.binaryColumn(column.getKey()),
                    Binary.fromString(column.getValue()));
            predicate = predicate == null ? equal : FilterApi.and(predicate, equal);
        }
        return predicate;
    }
}
