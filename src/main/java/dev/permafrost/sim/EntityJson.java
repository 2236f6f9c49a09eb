package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Renders the smaller entities: notifications, lists, filters, conversations, scheduled statuses, tags, admin accounts. */
final class EntityJson {
    private EntityJson() {
    }

    static void notification(JsonGenerator json, SimContext context, Inbox.Notification notification, int viewer)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(notification.id()));
        json.writeStringField("type", Inbox.TYPES.get(notification.type()));
        json.writeStringField("created_at", Html.dateTime(notification.createdMillis()));
        json.writeStringField("group_key",
                GroupedNotificationsApi.groupKey(context, notification, GroupedNotificationsApi.DEFAULT_GROUPED));
        json.writeFieldName("account");
        context.accounts.write(json, notification.account());
        if (notification.statusRow() >= 0) {
            json.writeFieldName("status");
            context.statuses.write(json, notification.statusRow(), viewer);
        }
        json.writeEndObject();
    }

    static void list(JsonGenerator json, SimContext context, Social.ListRow list) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(list.id));
        json.writeStringField("title", list.title);
        json.writeStringField("replies_policy", list.repliesPolicy);
        json.writeBooleanField("exclusive", list.exclusive);
        json.writeEndObject();
    }

    static void filter(JsonGenerator json, SimContext context, Extras.FilterRow filter) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(filter.id));
        json.writeStringField("title", filter.title);
        InstanceApi.stringArray(json, "context", filter.context);
        expiresAt(json, filter);
        json.writeStringField("filter_action", filter.action);
        json.writeArrayFieldStart("keywords");
        for (Extras.KeywordRow keyword : filter.keywords) {
            filterKeyword(json, context, keyword);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("statuses");
        for (Extras.FilterStatusRow status : filter.statuses) {
            filterStatus(json, context, status);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void filterKeyword(JsonGenerator json, SimContext context, Extras.KeywordRow keyword) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(keyword.id()));
        json.writeStringField("keyword", keyword.keyword());
        json.writeBooleanField("whole_word", keyword.wholeWord());
        json.writeEndObject();
    }

    static void filterStatus(JsonGenerator json, SimContext context, Extras.FilterStatusRow status) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(status.id()));
        json.writeStringField("status_id", context.codec.encode(status.statusId()));
        json.writeEndObject();
    }

    /** A keyword in the shape of the v1 API: one phrase per filter, irreversible when the filter hides. */
    static void filterV1(JsonGenerator json, SimContext context, Extras.FilterRow filter, Extras.KeywordRow keyword)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(keyword.id()));
        json.writeStringField("phrase", keyword.keyword());
        InstanceApi.stringArray(json, "context", filter.context);
        json.writeBooleanField("whole_word", keyword.wholeWord());
        expiresAt(json, filter);
        json.writeBooleanField("irreversible", filter.action.equals("hide"));
        json.writeEndObject();
    }

    private static void expiresAt(JsonGenerator json, Extras.FilterRow filter) throws IOException {
        if (filter.expiresAtMillis < 0) {
            json.writeNullField("expires_at");
        } else {
            json.writeStringField("expires_at", Html.dateTime(filter.expiresAtMillis));
        }
    }

    static void conversation(JsonGenerator json, SimContext context, Inbox.Conversation conversation) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(conversation.id()));
        json.writeBooleanField("unread", conversation.unread());
        json.writeArrayFieldStart("accounts");
        context.accounts.write(json, conversation.account());
        json.writeEndArray();
        json.writeFieldName("last_status");
        context.statuses.write(json, conversation.lastStatusRow(), 0);
        json.writeEndObject();
    }

    static void scheduled(JsonGenerator json, SimContext context, Extras.Scheduled scheduled) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(scheduled.id()));
        json.writeStringField("scheduled_at", Html.dateTime(scheduled.scheduledAtMillis()));
        json.writeObjectFieldStart("params");
        json.writeNullField("poll");
        json.writeStringField("text", scheduled.text());
        json.writeNullField("media_ids");
        json.writeNullField("sensitive");
        json.writeStringField("visibility", scheduled.visibility());
        json.writeNullField("idempotency");
        json.writeNullField("scheduled_at");
        json.writeNullField("spoiler_text");
        json.writeNumberField("application_id", context.world.simApp.id());
        json.writeNullField("in_reply_to_id");
        json.writeNullField("language");
        json.writeBooleanField("with_rate_limit", false);
        json.writeEndObject();
        json.writeArrayFieldStart("media_attachments");
        json.writeEndArray();
        json.writeEndObject();
    }

    static void tag(JsonGenerator json, SimContext context, int tag, boolean following) throws IOException {
        String name = TextGen.TAGS.get(tag);
        long day = context.config.historyEnd().getEpochSecond() / 86_400 * 86_400;
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(tag + 1L));
        json.writeStringField("name", name);
        json.writeStringField("url", context.baseUrl + "/tags/" + name);
        json.writeArrayFieldStart("history");
        for (int i = 0; i < 7; i++) {
            json.writeStartObject();
            json.writeStringField("day", Long.toString(day - i * 86_400L));
            json.writeStringField("accounts", Integer.toString((tag * 7 + i * 3) % 11));
            json.writeStringField("uses", Integer.toString((tag * 5 + i * 7) % 17));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("following", following);
        json.writeBooleanField("featuring", context.world.social.featuredTags.contains(tag));
        json.writeEndObject();
    }

    /** An account as moderators see it, with its moderation state ({@link Moderation.Standing}). */
    static void adminAccount(JsonGenerator json, SimContext context, int index) throws IOException {
        AccountRow account = context.world.social.accounts.get(index);
        Moderation.Standing standing = context.world.moderation.of(index);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(account.id));
        json.writeStringField("username", account.username);
        Json.nullableString(json, "domain", account.domain);
        json.writeStringField("created_at", Html.dateTime(Snowflake.millis(account.id)));
        Json.nullableString(json, "email", account.local() ? account.username + "@sim.local" : null);
        json.writeNullField("ip");
        json.writeBooleanField("confirmed", true);
        json.writeBooleanField("suspended", standing.isSuspended());
        json.writeBooleanField("silenced", standing.isSilenced());
        json.writeBooleanField("sensitized", standing.sensitized);
        json.writeBooleanField("disabled", standing.disabled);
        json.writeBooleanField("approved", standing.approved);
        json.writeStringField("locale", "en");
        Json.nullableString(json, "invite_request", standing.inviteRequest);
        json.writeArrayFieldStart("ips");
        json.writeEndArray();
        if (account.admin) {
            json.writeObjectFieldStart("role");
            json.writeStringField("id", "3");
            json.writeStringField("name", "Owner");
            json.writeStringField("color", "");
            json.writeStringField("permissions", "1048575");
            json.writeBooleanField("highlighted", true);
            json.writeEndObject();
        }
        json.writeFieldName("account");
        context.accounts.write(json, index);
        json.writeEndObject();
    }
}
