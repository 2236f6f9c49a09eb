package dev.permafrost.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a relationship table that one full walk of a collection covers: what
 * {@link Archive#finishWalk} may mark ended.
 *
 * @param table the relationship table
 * @param columns the columns that select the walk's rows
 * @param values their values, in the same order
 */
record WalkScope(String table, List<String> columns, List<Object> values) {

    static WalkScope of(CollectionKey key) {
        String instance = key.instance();
        String owner = key.account();
        return switch (key.kind()) {
            case FOLLOWERS -> new WalkScope("follows", List.of("instance", "followed_id"), List.of(instance, owner));
            case FOLLOWING -> new WalkScope("follows", List.of("instance", "follower_id"), List.of(instance, owner));
            case BLOCKS -> owned("blocks", instance, owner);
            case MUTES -> owned("mutes", instance, owner);
            case DOMAIN_BLOCKS -> owned("domain_blocks", instance, owner);
            case LISTS -> owned("lists", instance, owner);
            case FOLLOWED_TAGS -> owned("followed_tags", instance, owner);
            case FILTERS -> owned("filters", instance, owner);
            case SCHEDULED -> owned("scheduled_statuses", instance, owner);
            case LIST_MEMBERS -> new WalkScope("list_members", List.of("instance", "list_id"),
                    List.of(instance, H2BatchWriter.argument(key, "the list id")));
            case REBLOGGED_BY, FAVOURITED_BY -> new WalkScope("status_interactions",
                    List.of("instance", "status_id", "kind"),
                    List.of(instance, H2BatchWriter.argument(key, "the status id"),
                            H2BatchWriter.interactionKind(key.kind())));
            default -> throw new IllegalArgumentException("collection " + key + " is not a relationship collection;"
                    + " finishWalk applies to followers, following, blocks, mutes, list members, reblogged-by,"
                    + " favourited-by, domain blocks, lists, followed tags, filters and scheduled statuses");
        };
    }

    private static WalkScope owned(String table, String instance, String owner) {
        return new WalkScope(table, List.of("instance", "owner_id"), List.of(instance, owner));
    }

    /** The SQL condition selecting the rows, with one parameter per column. */
    String condition() {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            parts.add(column + " = ?");
        }
        return String.join(" AND ", parts);
    }
}
