package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Renders accounts, credential accounts and relationships in the shape of Mastodon 4.6. */
final class AccountJson {
    private final SimContext context;

    AccountJson(SimContext context) {
        this.context = context;
    }

    /** Writes an account; the JSON is cached per account until the account changes. */
    void write(JsonGenerator json, int index) throws IOException {
        AccountRow account = context.world.social.accounts.get(index);
        String cached = account.cachedJson;
        if (cached == null) {
            cached = Json.writeString(out -> fields(out, account, false));
            account.cachedJson = cached;
        }
        json.writeRawValue(cached);
    }

    /** The account of the token's owner, with {@code source} and {@code role}. */
    void writeCredential(JsonGenerator json, int index) throws IOException {
        fields(json, context.world.social.accounts.get(index), true);
    }

    String url(AccountRow account) {
        return account.local() ? context.baseUrl + "/@" + account.username : "https://" + account.domain + "/@" + account.username;
    }

    String uri(AccountRow account) {
        return account.local() ? context.baseUrl + "/ap/users/" + account.id : "https://" + account.domain + "/users/" + account.username;
    }

    String avatar(AccountRow account) {
        return file(account, "avatars", account.avatarHash);
    }

    private String file(AccountRow account, String kind, String hash) {
        return context.baseUrl + "/system/" + (account.local() ? "" : "cache/") + "accounts/" + kind + "/"
                + SimContext.partition(account.id) + "/original/" + hash + ".jpg";
    }

    private void fields(JsonGenerator json, AccountRow account, boolean credential) throws IOException {
        long created = Snowflake.millis(account.id);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(account.id));
        json.writeStringField("username", account.username);
        json.writeStringField("acct", account.acct());
        json.writeStringField("display_name", account.displayName);
        json.writeBooleanField("locked", account.locked);
        json.writeBooleanField("bot", account.bot);
        json.writeBooleanField("discoverable", account.discoverable);
        json.writeBooleanField("indexable", !account.noindex && account.discoverable);
        json.writeBooleanField("group", false);
        json.writeStringField("created_at", Html.date(created) + "T00:00:00.000Z");
        json.writeStringField("note", account.noteHtml);
        json.writeStringField("url", url(account));
        json.writeStringField("uri", uri(account));
        json.writeStringField("avatar", avatar(account));
        json.writeStringField("avatar_static", avatar(account));
        json.writeStringField("avatar_description", "");
        json.writeStringField("header", file(account, "headers", account.headerHash));
        json.writeStringField("header_static", file(account, "headers", account.headerHash));
        json.writeStringField("header_description", "");
        json.writeNumberField("followers_count", account.followersCount);
        json.writeNumberField("following_count", account.followingCount);
        json.writeNumberField("statuses_count", context.world.timelines.byAuthor.get(account.index).size());
        Json.nullableString(json, "last_status_at", account.lastStatusMillis < 0 ? null : Html.date(account.lastStatusMillis));
        json.writeNullField("hide_collections");
        json.writeBooleanField("show_media", true);
        json.writeBooleanField("show_media_replies", true);
        json.writeBooleanField("show_featured", true);
        json.writeBooleanField("noindex", account.noindex);
        json.writeObjectFieldStart("feature_approval");
        json.writeArrayFieldStart("automatic");
        json.writeEndArray();
        json.writeArrayFieldStart("manual");
        json.writeEndArray();
        json.writeStringField("current_user", "denied");
        json.writeEndObject();
        if (credential) {
            source(json, account);
        }
        json.writeArrayFieldStart("emojis");
        json.writeEndArray();
        json.writeArrayFieldStart("roles");
        if (account.admin) {
            json.writeStartObject();
            json.writeStringField("id", "3");
            json.writeStringField("name", "Owner");
            json.writeStringField("color", "");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fields");
        for (String[] field : account.fields) {
            json.writeStartObject();
            json.writeStringField("name", field[0]);
            json.writeStringField("value", field[1]);
            json.writeNullField("verified_at");
            json.writeEndObject();
        }
        json.writeEndArray();
        if (credential) {
            json.writeObjectFieldStart("role");
            json.writeStringField("id", account.admin ? "3" : "-99");
            json.writeStringField("name", account.admin ? "Owner" : "");
            json.writeStringField("permissions", account.admin ? "1048575" : "65536");
            json.writeStringField("color", "");
            json.writeBooleanField("highlighted", account.admin);
            json.writeNumberField("collection_limit", 10);
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void source(JsonGenerator json, AccountRow account) throws IOException {
        json.writeObjectFieldStart("source");
        json.writeStringField("privacy", "public");
        json.writeBooleanField("sensitive", false);
        json.writeNullField("language");
        json.writeStringField("note", account.noteHtml.replaceAll("<[^>]+>", ""));
        json.writeArrayFieldStart("fields");
        for (String[] field : account.fields) {
            json.writeStartObject();
            json.writeStringField("name", field[0]);
            json.writeStringField("value", field[1].replaceAll("<[^>]+>", ""));
            json.writeNullField("verified_at");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("follow_requests_count", account.index == 0 ? context.world.social.followRequests.size() : 0);
        json.writeNullField("hide_collections");
        json.writeBooleanField("discoverable", account.discoverable);
        json.writeBooleanField("indexable", !account.noindex);
        json.writeArrayFieldStart("attribution_domains");
        json.writeEndArray();
        json.writeStringField("quote_policy", "public");
        json.writeEndObject();
    }

    /** The relationship of the main user (viewer 0) or another viewer to an account. */
    void writeRelationship(JsonGenerator json, int viewer, int index) throws IOException {
        Social social = context.world.social;
        boolean me = viewer == 0;
        boolean following = me && social.following.contains(index);
        Social.FollowSettings settings = social.followSettings.getOrDefault(index, Social.FollowSettings.DEFAULT);
        long now = System.currentTimeMillis();
        boolean muting = me && social.muting(index, now);
        Long muteEnd = social.muteEndsMillis.get(index);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(social.accounts.get(index).id));
        json.writeBooleanField("following", following);
        json.writeBooleanField("showing_reblogs", following && settings.reblogs());
        json.writeBooleanField("notifying", following && settings.notifyOnPost());
        if (following && !settings.languages().isEmpty()) {
            InstanceApi.stringArray(json, "languages", settings.languages());
        } else {
            json.writeNullField("languages");
        }
        json.writeBooleanField("followed_by", me && social.followers.contains(index));
        json.writeBooleanField("blocking", me && social.blocks.contains(index));
        json.writeBooleanField("blocked_by", false);
        json.writeBooleanField("muting", muting);
        json.writeBooleanField("muting_notifications", muting && !social.mutedWithNotifications.contains(index));
        Json.nullableString(json, "muting_expires_at", muting && muteEnd != null ? Html.dateTime(muteEnd) : null);
        json.writeBooleanField("requested", me && social.requested.contains(index));
        json.writeBooleanField("requested_by", me && social.followRequests.contains(index));
        AccountRow account = social.accounts.get(index);
        json.writeBooleanField("domain_blocking", me && !account.local() && social.domainBlocked(account.domain));
        json.writeBooleanField("endorsed", me && social.endorsements.contains(index));
        json.writeStringField("note", me ? social.notes.getOrDefault(index, "") : "");
        json.writeEndObject();
    }
}
