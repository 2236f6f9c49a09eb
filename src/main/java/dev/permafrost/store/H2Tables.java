package dev.permafrost.store;

import static dev.permafrost.store.Upsert.except;

import java.time.Duration;
import java.util.List;

/**
 * The upserts of every table the H2 archive writes (columns as in README.md, "The archive").
 * Relations that can end are updated with {@code last_seen} and a cleared {@code ended_at};
 * entities with their changed columns and latest raw JSON; links are inserted once.
 */
final class H2Tables {
    private H2Tables() {}

    static final List<String> ACCOUNT_COLUMNS = List.of("instance", "id", "username", "acct", "url",
            "display_name", "note", "locked", "bot", "discoverable", "noindex", "created_at", "last_status_at",
            "statuses_count", "followers_count", "following_count", "first_seen", "last_seen", "raw");
    /**
     * How long an account, media or poll seen again unchanged keeps its row untouched, last_seen
     * included: rewriting the same author with every page cost a quarter of the write time.
     */
    static final Duration UNCHANGED_REFRESH = Duration.ofHours(1);

    static final Upsert ACCOUNTS = Upsert.of("accounts", ACCOUNT_COLUMNS, List.of("instance"), "id",
            except(ACCOUNT_COLUMNS, "instance", "id", "first_seen")).skippingUnchanged(UNCHANGED_REFRESH);

    static final List<String> STATUS_COLUMNS = List.of("instance", "id", "uri", "url", "created_at", "edited_at",
            "account_id", "visibility", "language", "in_reply_to_id", "in_reply_to_account_id", "reblog_of_id",
            "content", "spoiler_text", "sensitive", "replies_count", "reblogs_count", "favourites_count", "poll_id",
            "first_seen", "last_seen", "deleted_at", "raw");
    /** A newer version replaces every column but the first sighting and the deletion. */
    static final Upsert STATUSES = Upsert.of("statuses", STATUS_COLUMNS, List.of("instance"), "id",
            except(STATUS_COLUMNS, "instance", "id", "first_seen", "deleted_at"));
    /** The same version seen again refreshes its counts only; raw stays as first received. */
    static final Upsert STATUS_COUNTS = STATUSES.updating(
            List.of("replies_count", "reblogs_count", "favourites_count", "last_seen"));

    static final List<String> MEDIA_COLUMNS = List.of("instance", "id", "status_id", "type", "url", "remote_url",
            "preview_url", "description", "blurhash", "local_file", "sha256", "first_seen", "raw");
    /** local_file and sha256 belong to the media downloader: never overwritten here. */
    static final Upsert MEDIA = Upsert.of("media", MEDIA_COLUMNS, List.of("instance"), "id",
            List.of("status_id", "type", "url", "remote_url", "preview_url", "description", "blurhash", "raw"))
            .keepingWhenNull("status_id").skippingUnchanged(UNCHANGED_REFRESH);

    static final List<String> POLL_COLUMNS = List.of("instance", "id", "status_id", "expires_at", "expired",
            "multiple", "votes_count", "voters_count", "first_seen", "last_seen", "raw");
    static final Upsert POLLS = Upsert.of("polls", POLL_COLUMNS, List.of("instance"), "id",
            except(POLL_COLUMNS, "instance", "id", "first_seen")).keepingWhenNull("status_id")
            .skippingUnchanged(UNCHANGED_REFRESH);

    static final List<String> NOTIFICATION_COLUMNS = List.of("instance", "owner_id", "id", "type", "created_at",
            "account_id", "status_id", "group_key", "first_seen", "raw");
    static final Upsert NOTIFICATIONS = Upsert.insertOnly("notifications", NOTIFICATION_COLUMNS,
            List.of("instance", "owner_id"), "id");

    static final List<String> SAVED_COLUMNS = List.of("instance", "owner_id", "status_id", "cursor", "first_seen");
    static final Upsert FAVOURITES = Upsert.insertOnly("favourites", SAVED_COLUMNS, List.of("instance", "owner_id"), "status_id");
    static final Upsert BOOKMARKS = Upsert.insertOnly("bookmarks", SAVED_COLUMNS, List.of("instance", "owner_id"), "status_id");

    static final Upsert TIMELINE_ENTRIES = Upsert.insertOnly("timeline_entries",
            List.of("instance", "owner_id", "timeline", "status_id", "first_seen"),
            List.of("instance", "owner_id", "timeline"), "status_id");

    private static final List<String> SEEN = List.of("last_seen", "ended_at");
    static final List<String> FOLLOW_COLUMNS = List.of("instance", "follower_id", "followed_id", "first_seen",
            "last_seen", "ended_at");
    /** Followers of one account: the followed side is fixed. */
    static final Upsert FOLLOWERS = Upsert.of("follows", FOLLOW_COLUMNS, List.of("instance", "followed_id"), "follower_id", SEEN);
    /** Accounts one account follows: the follower side is fixed. */
    static final Upsert FOLLOWING = Upsert.of("follows", FOLLOW_COLUMNS, List.of("instance", "follower_id"), "followed_id", SEEN);
    static final List<String> OWNED_ACCOUNT_COLUMNS = List.of("instance", "owner_id", "account_id", "first_seen",
            "last_seen", "ended_at");
    static final Upsert BLOCKS = Upsert.of("blocks", OWNED_ACCOUNT_COLUMNS, List.of("instance", "owner_id"), "account_id", SEEN);
    static final Upsert MUTES = Upsert.of("mutes", OWNED_ACCOUNT_COLUMNS, List.of("instance", "owner_id"), "account_id", SEEN);
    static final Upsert LIST_MEMBERS = Upsert.of("list_members",
            List.of("instance", "owner_id", "list_id", "account_id", "first_seen", "last_seen", "ended_at"),
            List.of("instance", "list_id"), "account_id", SEEN);
    static final Upsert STATUS_INTERACTIONS = Upsert.of("status_interactions",
            List.of("instance", "status_id", "kind", "account_id", "first_seen", "last_seen", "ended_at"),
            List.of("instance", "status_id", "kind"), "account_id", SEEN);
    static final Upsert DOMAIN_BLOCKS = Upsert.of("domain_blocks",
            List.of("instance", "owner_id", "domain", "first_seen", "last_seen", "ended_at"),
            List.of("instance", "owner_id"), "domain", SEEN);

    static final List<String> LIST_COLUMNS = List.of("instance", "owner_id", "id", "title", "replies_policy",
            "exclusive", "first_seen", "last_seen", "ended_at", "raw");
    static final Upsert LISTS = owned("lists", LIST_COLUMNS, "id");
    static final List<String> TAG_COLUMNS = List.of("instance", "owner_id", "name", "url", "first_seen",
            "last_seen", "ended_at", "raw");
    static final Upsert FOLLOWED_TAGS = owned("followed_tags", TAG_COLUMNS, "name");
    static final List<String> CONVERSATION_COLUMNS = List.of("instance", "owner_id", "id", "unread",
            "last_status_id", "first_seen", "last_seen", "raw");
    static final Upsert CONVERSATIONS = owned("conversations", CONVERSATION_COLUMNS, "id");
    static final List<String> FILTER_COLUMNS = List.of("instance", "owner_id", "id", "title", "filter_action",
            "expires_at", "first_seen", "last_seen", "ended_at", "raw");
    static final Upsert FILTERS = owned("filters", FILTER_COLUMNS, "id");
    static final List<String> SCHEDULED_COLUMNS = List.of("instance", "owner_id", "id", "scheduled_at",
            "first_seen", "last_seen", "ended_at", "raw");
    static final Upsert SCHEDULED_STATUSES = owned("scheduled_statuses", SCHEDULED_COLUMNS, "id");

    static final List<String> EDIT_COLUMNS = List.of("instance", "status_id", "created_at", "content",
            "spoiler_text", "sensitive", "first_seen", "raw");
    /** Revisions never change once made: each is inserted once. */
    static final Upsert STATUS_EDITS = Upsert.insertOnly("status_edits", EDIT_COLUMNS,
            List.of("instance", "status_id"), "created_at");

    private static Upsert owned(String table, List<String> columns, String key) {
        return Upsert.of(table, columns, List.of("instance", "owner_id"), key,
                except(columns, "instance", "owner_id", key, "first_seen"));
    }
}
