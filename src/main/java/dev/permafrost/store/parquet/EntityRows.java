package dev.permafrost.store.parquet;

import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.CustomEmoji;
import dev.permafrost.model.Filter;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import dev.permafrost.store.WriteAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Turns entities into rows of the datasets' Avro schemas: the typed columns and {@code raw}. The
 * archive fills {@code first_seen}, {@code last_seen} and {@code row_hash}.
 */
final class EntityRows {
    private final Map<Dataset, Schema> schemas;

    EntityRows(Map<Dataset, DatasetSchema> schemas) {
        this.schemas = new EnumMap<>(Dataset.class);
        schemas.forEach((dataset, schema) -> this.schemas.put(dataset, schema.avro()));
    }

    GenericData.Record status(String instance, Status status) {
        GenericData.Record row = row(Dataset.STATUSES, instance);
        row.put("id", status.id());
        row.put("uri", status.uri());
        row.put("url", status.url());
        row.put("created_at", millis(status.createdAt()));
        row.put("edited_at", millis(status.editedAt()));
        row.put("account_id", status.account() == null ? null : status.account().id());
        row.put("visibility", status.visibility());
        row.put("language", status.language());
        row.put("in_reply_to_id", status.inReplyToId());
        row.put("in_reply_to_account_id", status.inReplyToAccountId());
        row.put("reblog_of_id", status.reblog() == null ? null : status.reblog().id());
        row.put("content", status.content());
        row.put("spoiler_text", status.spoilerText());
        row.put("sensitive", status.sensitive());
        row.put("replies_count", status.repliesCount());
        row.put("reblogs_count", status.reblogsCount());
        row.put("favourites_count", status.favouritesCount());
        row.put("poll_id", status.poll() == null ? null : status.poll().id());
        Schema schema = row.getSchema();
        row.put("mentions", list(schema, "mentions", status.mentions(), (element, mention) -> {
            GenericData.Record item = new GenericData.Record(element);
            item.put("id", mention.id());
            item.put("username", mention.username());
            item.put("acct", mention.acct());
            item.put("url", mention.url());
            return item;
        }));
        row.put("tags", list(schema, "tags", status.tags(), (element, tag) -> {
            GenericData.Record item = new GenericData.Record(element);
            item.put("name", tag.name());
            item.put("url", tag.url());
            return item;
        }));
        row.put("emojis", list(schema, "emojis", status.emojis(), EntityRows::emoji));
        row.put("media", list(schema, "media", status.mediaAttachments(), (element, media) -> {
            GenericData.Record item = new GenericData.Record(element);
            item.put("id", media.id());
            item.put("type", media.type());
            item.put("url", media.url());
            item.put("preview_url", media.previewUrl());
            item.put("remote_url", media.remoteUrl());
            item.put("description", media.description());
            item.put("blurhash", media.blurhash());
            return item;
        }));
        row.put("raw", status.raw());
        return row;
    }

    GenericData.Record account(String instance, Account account) {
        GenericData.Record row = row(Dataset.ACCOUNTS, instance);
        row.put("id", account.id());
        row.put("username", account.username());
        row.put("acct", account.acct());
        row.put("url", account.url());
        row.put("display_name", account.displayName());
        row.put("note", account.note());
        row.put("locked", account.locked());
        row.put("bot", account.bot());
        row.put("discoverable", account.discoverable());
        row.put("noindex", account.noindex());
        row.put("created_at", millis(account.createdAt()));
        row.put("last_status_at", days(account.lastStatusAt()));
        row.put("statuses_count", account.statusesCount());
        row.put("followers_count", account.followersCount());
        row.put("following_count", account.followingCount());
        row.put("raw", account.raw());
        return row;
    }

    GenericData.Record media(String instance, String statusId, MediaAttachment media) {
        GenericData.Record row = row(Dataset.MEDIA, instance);
        row.put("id", media.id());
        row.put("status_id", statusId);
        row.put("type", media.type());
        row.put("url", media.url());
        row.put("remote_url", media.remoteUrl());
        row.put("preview_url", media.previewUrl());
        row.put("description", media.description());
        row.put("blurhash", media.blurhash());
        row.put("raw", media.raw());
        return row;
    }

    GenericData.Record poll(String instance, String statusId, Poll poll) {
        GenericData.Record row = row(Dataset.POLLS, instance);
        row.put("id", poll.id());
        row.put("status_id", statusId);
        row.put("expires_at", millis(poll.expiresAt()));
        row.put("expired", poll.expired());
        row.put("multiple", poll.multiple());
        row.put("votes_count", poll.votesCount());
        row.put("voters_count", poll.votersCount());
        row.put("options", list(row.getSchema(), "options", poll.options(), (element, option) -> {
            GenericData.Record item = new GenericData.Record(element);
            item.put("title", option.title());
            item.put("votes_count", option.votesCount());
            return item;
        }));
        row.put("raw", poll.raw());
        return row;
    }

    GenericData.Record notification(String instance, String ownerId, Notification notification) {
        GenericData.Record row = row(Dataset.NOTIFICATIONS, instance);
        row.put("owner_id", ownerId);
        row.put("id", notification.id());
        row.put("type", notification.type());
        row.put("created_at", millis(notification.createdAt()));
        row.put("account_id", notification.account() == null ? null : notification.account().id());
        row.put("status_id", notification.status() == null ? null : notification.status().id());
        row.put("group_key", notification.groupKey());
        row.put("raw", notification.raw());
        return row;
    }

    /** A favourites or bookmarks row. */
    GenericData.Record ownedStatus(Dataset dataset, String instance, String ownerId, String statusId, String cursor) {
        GenericData.Record row = row(dataset, instance);
        row.put("owner_id", ownerId);
        row.put("status_id", statusId);
        row.put("cursor", cursor);
        return row;
    }

    GenericData.Record timelineEntry(String instance, String ownerId, String timeline, String statusId) {
        GenericData.Record row = row(Dataset.TIMELINE_ENTRIES, instance);
        row.put("owner_id", ownerId);
        row.put("timeline", timeline);
        row.put("status_id", statusId);
        return row;
    }

    GenericData.Record follow(String instance, String followerId, String followedId) {
        GenericData.Record row = row(Dataset.FOLLOWS, instance);
        row.put("follower_id", followerId);
        row.put("followed_id", followedId);
        return row;
    }

    /** A blocks or mutes row. */
    GenericData.Record ownedAccount(Dataset dataset, String instance, String ownerId, String accountId) {
        GenericData.Record row = row(dataset, instance);
        row.put("owner_id", ownerId);
        row.put("account_id", accountId);
        return row;
    }

    GenericData.Record listMember(String instance, String ownerId, String listId, String accountId) {
        GenericData.Record row = row(Dataset.LIST_MEMBERS, instance);
        row.put("owner_id", ownerId);
        row.put("list_id", listId);
        row.put("account_id", accountId);
        return row;
    }

    GenericData.Record statusInteraction(String instance, String statusId, String kind, String accountId) {
        GenericData.Record row = row(Dataset.STATUS_INTERACTIONS, instance);
        row.put("status_id", statusId);
        row.put("kind", kind);
        row.put("account_id", accountId);
        return row;
    }

    GenericData.Record domainBlock(String instance, String ownerId, String domain) {
        GenericData.Record row = row(Dataset.DOMAIN_BLOCKS, instance);
        row.put("owner_id", ownerId);
        row.put("domain", domain);
        return row;
    }

    GenericData.Record list(String instance, String ownerId, MastodonList list) {
        GenericData.Record row = row(Dataset.LISTS, instance);
        row.put("owner_id", ownerId);
        row.put("id", list.id());
        row.put("title", list.title());
        row.put("replies_policy", list.repliesPolicy());
        row.put("exclusive", list.exclusive());
        row.put("raw", list.raw());
        return row;
    }

    GenericData.Record followedTag(String instance, String ownerId, Tag tag) {
        GenericData.Record row = row(Dataset.FOLLOWED_TAGS, instance);
        row.put("owner_id", ownerId);
        row.put("name", tag.name());
        row.put("url", tag.url());
        row.put("raw", tag.raw());
        return row;
    }

    GenericData.Record conversation(String instance, String ownerId, Conversation conversation) {
        GenericData.Record row = row(Dataset.CONVERSATIONS, instance);
        row.put("owner_id", ownerId);
        row.put("id", conversation.id());
        row.put("unread", conversation.unread());
        row.put("last_status_id", conversation.lastStatus() == null ? null : conversation.lastStatus().id());
        row.put("raw", conversation.raw());
        return row;
    }

    GenericData.Record filter(String instance, String ownerId, Filter filter) {
        GenericData.Record row = row(Dataset.FILTERS, instance);
        row.put("owner_id", ownerId);
        row.put("id", filter.id());
        row.put("title", filter.title());
        row.put("filter_action", filter.filterAction());
        row.put("expires_at", millis(filter.expiresAt()));
        row.put("raw", filter.raw());
        return row;
    }

    GenericData.Record scheduledStatus(String instance, String ownerId, ScheduledStatus scheduled) {
        GenericData.Record row = row(Dataset.SCHEDULED_STATUSES, instance);
        row.put("owner_id", ownerId);
        row.put("id", scheduled.id());
        row.put("scheduled_at", millis(scheduled.scheduledAt()));
        row.put("raw", scheduled.raw());
        return row;
    }

    GenericData.Record statusEdit(String instance, String statusId, StatusEdit edit) {
        GenericData.Record row = row(Dataset.STATUS_EDITS, instance);
        row.put("status_id", statusId);
        row.put("created_at", millis(edit.createdAt()));
        row.put("content", edit.content());
        row.put("spoiler_text", edit.spoilerText());
        row.put("sensitive", edit.sensitive());
        row.put("raw", edit.raw());
        return row;
    }

    /** The archived version of a status, read back from its row, as a revision. */
    GenericData.Record statusEditOf(GenericData.Record archived) {
        GenericData.Record row = row(Dataset.STATUS_EDITS, archived.get("instance").toString());
        Object editedAt = archived.get("edited_at");
        row.put("status_id", text(archived.get("id")));
        row.put("created_at", editedAt != null ? editedAt : archived.get("created_at"));
        row.put("content", text(archived.get("content")));
        row.put("spoiler_text", text(archived.get("spoiler_text")));
        row.put("sensitive", archived.get("sensitive"));
        row.put("raw", text(archived.get("raw")));
        return row;
    }

    GenericData.Record writeAction(long id, WriteAction action) {
        GenericData.Record row = row(Dataset.WRITE_ACTIONS, action.instance());
        row.put("id", id);
        row.put("account", action.account());
        row.put("action", action.action());
        row.put("target_id", action.targetId());
        row.put("request", action.request());
        row.put("response", action.response());
        row.put("outcome", action.outcome());
        row.put("at", millis(action.at()));
        return row;
    }

    private GenericData.Record row(Dataset dataset, String instance) {
        GenericData.Record row = new GenericData.Record(schemas.get(dataset));
        row.put("instance", instance);
        return row;
    }

    private static GenericData.Record emoji(Schema element, CustomEmoji emoji) {
        GenericData.Record item = new GenericData.Record(element);
        item.put("shortcode", emoji.shortcode());
        item.put("url", emoji.url());
        item.put("static_url", emoji.staticUrl());
        item.put("visible_in_picker", emoji.visibleInPicker());
        item.put("category", emoji.category());
        return item;
    }

    private interface ItemMapper<T> {
        GenericData.Record map(Schema element, T item);
    }

    private static <T> List<GenericData.Record> list(Schema record, String field, List<T> items, ItemMapper<T> mapper) {
        Schema element = elementSchema(record, field);
        List<GenericData.Record> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(mapper.map(element, item));
        }
        return rows;
    }

    private static Schema elementSchema(Schema record, String field) {
        Schema schema = record.getField(field).schema();
        if (schema.getType() == Schema.Type.UNION) {
            schema = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow();
        }
        return schema.getElementType();
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Integer days(LocalDate date) {
        return date == null ? null : (int) date.toEpochDay();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

}
