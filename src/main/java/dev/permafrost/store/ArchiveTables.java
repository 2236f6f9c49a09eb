package dev.permafrost.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the archive contract (README.md, "The archive") and their keys, in the order the
 * contract lists them. Both archive implementations use these names.
 */
public final class ArchiveTables {
    private static final Map<String, List<String>> KEYS = keys();

    private ArchiveTables() {}

    /** Every table name, in contract order. */
    public static List<String> names() {
        return List.copyOf(KEYS.keySet());
    }

    /** The key columns of a table. */
    public static List<String> key(String table) {
        List<String> key = KEYS.get(table);
        if (key == null) {
            throw new IllegalArgumentException("unknown archive table '" + table + "'; expected one of " + KEYS.keySet());
        }
        return key;
    }

    private static Map<String, List<String>> keys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("accounts", List.of("instance", "id"));
        keys.put("statuses", List.of("instance", "id"));
        keys.put("notifications", List.of("instance", "owner_id", "id"));
        keys.put("favourites", List.of("instance", "owner_id", "status_id"));
        keys.put("bookmarks", List.of("instance", "owner_id", "status_id"));
        keys.put("follows", List.of("instance", "follower_id", "followed_id"));
        keys.put("timeline_entries", List.of("instance", "owner_id", "timeline", "status_id"));
        keys.put("lists", List.of("instance", "owner_id", "id"));
        keys.put("list_members", List.of("instance", "list_id", "account_id"));
        keys.put("blocks", List.of("instance", "owner_id", "account_id"));
        keys.put("mutes", List.of("instance", "owner_id", "account_id"));
        keys.put("domain_blocks", List.of("instance", "owner_id", "domain"));
        keys.put("followed_tags", List.of("instance", "owner_id", "name"));
        keys.put("status_interactions", List.of("instance", "status_id", "kind", "account_id"));
        keys.put("conversations", List.of("instance", "owner_id", "id"));
        keys.put("filters", List.of("instance", "owner_id", "id"));
        keys.put("scheduled_statuses", List.of("instance", "owner_id", "id"));
        keys.put("polls", List.of("instance", "id"));
        keys.put("media", List.of("instance", "id"));
        keys.put("status_edits", List.of("instance", "status_id", "created_at"));
        keys.put("checkpoints", List.of("instance", "account", "collection"));
        keys.put("write_actions", List.of("id"));
        return keys;
    }
}
