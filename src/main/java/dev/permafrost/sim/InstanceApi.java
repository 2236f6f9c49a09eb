package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** The instance endpoints: v1 and v2 instance, peers, activity, rules, and the OAuth server metadata. */
final class InstanceApi {
    static final String VERSION = "4.5.0";
    static final int API_VERSION = 7;
    private static final List<String> MIME_TYPES = List.of("image/jpeg", "image/png", "image/gif", "image/heic", "image/heif",
            "image/webp", "image/avif", "video/webm", "video/mp4", "video/quicktime", "video/ogg", "audio/wave", "audio/wav",
            "audio/x-wav", "audio/ogg", "audio/mpeg", "audio/mp3", "audio/webm", "audio/flac", "audio/aac", "audio/mp4");
    private static final List<String> SCOPES = List.of("read", "profile", "write", "write:accounts", "write:blocks",
            "write:bookmarks", "write:conversations", "write:favourites", "write:filters", "write:follows", "write:lists",
            "write:media", "write:mutes", "write:notifications", "write:reports", "write:statuses", "read:accounts",
            "read:blocks", "read:bookmarks", "read:favourites", "read:filters", "read:follows", "read:lists", "read:mutes",
            "read:notifications", "read:search", "read:statuses", "follow", "push", "admin:read", "admin:read:accounts",
            "admin:read:reports", "admin:write", "admin:write:accounts", "admin:write:reports");

    private final SimContext context;

    InstanceApi(SimContext context) {
        this.context = context;
    }

    void routes(Router router) {
        router.get("/api/v1/instance", Access.open(), request -> context.json(this::v1))
                .get("/api/v2/instance", Access.open(), request -> context.json(this::v2))
                .get("/api/v1/instance/peers", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    json.writeStartArray();
                    for (String domain : TextGen.REMOTE_DOMAINS) {
                        json.writeString(domain);
                    }
                    json.writeEndArray();
                })))
                .get("/api/v1/instance/activity", Access.open(), request -> SimResponse.json(Json.write(this::activity)))
                .get("/api/v1/instance/rules", Access.open(), request -> SimResponse.json(Json.write(this::rules)))
                .get("/api/v1/instance/extended_description", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    json.writeStartObject();
                    json.writeNullField("updated_at");
                    json.writeStringField("content", "<p>A simulated Mastodon server for Permafrost's tests.</p>");
                    json.writeEndObject();
                })))
                .get("/.well-known/oauth-authorization-server", Access.open(), request -> SimResponse.json(Json.write(this::oauthMetadata)));
    }

    private void v1(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("uri", context.domain());
        json.writeStringField("title", "Permafrost Sim");
        json.writeStringField("short_description", "");
        json.writeStringField("description", "A simulated Mastodon server.");
        json.writeStringField("email", "admin@sim.local");
        json.writeStringField("version", VERSION);
        json.writeObjectFieldStart("urls");
        json.writeStringField("streaming_api", streaming());
        json.writeEndObject();
        json.writeObjectFieldStart("stats");
        json.writeNumberField("user_count", context.world.social.accounts.size());
        json.writeNumberField("status_count", context.world.timelines.all.size());
        json.writeNumberField("domain_count", TextGen.REMOTE_DOMAINS.size() + 1);
        json.writeEndObject();
        json.writeStringField("thumbnail", context.baseUrl + "/packs/media/images/preview.png");
        languages(json);
        json.writeBooleanField("registrations", true);
        json.writeBooleanField("approval_required", false);
        json.writeBooleanField("invites_enabled", true);
        json.writeObjectFieldStart("configuration");
        json.writeObjectFieldStart("accounts");
        json.writeNumberField("max_featured_tags", 10);
        json.writeEndObject();
        statusesConfiguration(json);
        mediaConfiguration(json);
        pollsConfiguration(json);
        json.writeEndObject();
        json.writeNullField("contact_account");
        json.writeFieldName("rules");
        rules(json);
        json.writeEndObject();
    }

    private void v2(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("domain", context.domain());
        json.writeStringField("title", "Permafrost Sim");
        json.writeStringField("version", VERSION);
        json.writeStringField("source_url", "https://github.com/mastodon/mastodon");
        json.writeStringField("description", "A simulated Mastodon server.");
        json.writeObjectFieldStart("usage");
        json.writeObjectFieldStart("users");
        json.writeNumberField("active_month", context.world.social.accounts.size());
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("thumbnail");
        json.writeStringField("url", context.baseUrl + "/packs/media/images/preview.png");
        json.writeEndObject();
        json.writeArrayFieldStart("icon");
        json.writeEndArray();
        languages(json);
        json.writeObjectFieldStart("configuration");
        json.writeObjectFieldStart("urls");
        json.writeStringField("streaming", streaming());
        json.writeNullField("status");
        json.writeStringField("about", context.baseUrl + "/about");
        json.writeStringField("privacy_policy", context.baseUrl + "/privacy-policy");
        json.writeStringField("terms_of_service", context.baseUrl + "/terms-of-service");
        json.writeEndObject();
        json.writeObjectFieldStart("vapid");
        json.writeStringField("public_key", "BAhxXyHfAoMqrZECjRI56F5QrE4ynVlkZFMdKSpTIsWRNoWUVgut-Bnz2xsMSwiN4AF0b4I7ixF24OwiicOJivw=");
        json.writeEndObject();
        json.writeObjectFieldStart("accounts");
        json.writeNumberField("max_featured_tags", 10);
        json.writeNumberField("max_pinned_statuses", 5);
        json.writeEndObject();
        statusesConfiguration(json);
        mediaConfiguration(json);
        pollsConfiguration(json);
        json.writeObjectFieldStart("translation");
        json.writeBooleanField("enabled", false);
        json.writeEndObject();
        String feeds = context.config.publicTimelinesRequireAuth() ? "authenticated" : "public";
        json.writeObjectFieldStart("timelines_access");
        for (String feed : List.of("live_feeds", "hashtag_feeds", "trending_link_feeds")) {
            json.writeObjectFieldStart(feed);
            json.writeStringField("local", feeds);
            json.writeStringField("remote", feeds);
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeBooleanField("limited_federation", false);
        json.writeEndObject();
        json.writeObjectFieldStart("registrations");
        json.writeBooleanField("enabled", true);
        json.writeBooleanField("approval_required", false);
        json.writeBooleanField("reason_required", false);
        json.writeNullField("message");
        json.writeNullField("min_age");
        json.writeNullField("url");
        json.writeEndObject();
        json.writeObjectFieldStart("api_versions");
        json.writeNumberField("mastodon", API_VERSION);
        json.writeEndObject();
        json.writeObjectFieldStart("contact");
        json.writeStringField("email", "admin@sim.local");
        json.writeFieldName("account");
        context.accounts.write(json, 1);
        json.writeEndObject();
        json.writeFieldName("rules");
        rules(json);
        json.writeEndObject();
    }

    private String streaming() {
        return "ws://" + context.domain();
    }

    private static void languages(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("languages");
        json.writeString("en");
        json.writeEndArray();
    }

    private static void statusesConfiguration(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("statuses");
        json.writeNumberField("max_characters", 500);
        json.writeNumberField("max_media_attachments", 4);
        json.writeNumberField("characters_reserved_per_url", 23);
        json.writeEndObject();
    }

    private static void mediaConfiguration(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("media_attachments");
        json.writeArrayFieldStart("supported_mime_types");
        for (String type : MIME_TYPES) {
            json.writeString(type);
        }
        json.writeEndArray();
        json.writeNumberField("image_size_limit", 16777216);
        json.writeNumberField("image_matrix_limit", 33177600);
        json.writeNumberField("video_size_limit", 103809024);
        json.writeNumberField("video_frame_rate_limit", 120);
        json.writeNumberField("video_matrix_limit", 8294400);
        json.writeEndObject();
    }

    private static void pollsConfiguration(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("polls");
        json.writeNumberField("max_options", 4);
        json.writeNumberField("max_characters_per_option", 50);
        json.writeNumberField("min_expiration", 300);
        json.writeNumberField("max_expiration", 2629746);
        json.writeEndObject();
    }

    private void activity(JsonGenerator json) throws IOException {
        long week = context.config.historyEnd().getEpochSecond();
        json.writeStartArray();
        for (int i = 0; i < 12; i++) {
            json.writeStartObject();
            json.writeStringField("week", Long.toString(week - i * 604_800L));
            json.writeStringField("statuses", Integer.toString(40 + i * 7 % 23));
            json.writeStringField("logins", Integer.toString(4 + i % 5));
            json.writeStringField("registrations", Integer.toString(i % 3));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void rules(JsonGenerator json) throws IOException {
        String[] rules = {"Be kind.", "No spam or advertising.", "Add alt text to your images."};
        json.writeStartArray();
        for (int i = 0; i < rules.length; i++) {
            json.writeStartObject();
            json.writeStringField("id", Integer.toString(i + 1));
            json.writeStringField("text", rules[i]);
            json.writeStringField("hint", "");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void oauthMetadata(JsonGenerator json) throws IOException {
        String base = context.baseUrl;
        json.writeStartObject();
        json.writeStringField("issuer", base + "/");
        json.writeStringField("authorization_endpoint", base + "/oauth/authorize");
        json.writeStringField("token_endpoint", base + "/oauth/token");
        json.writeStringField("revocation_endpoint", base + "/oauth/revoke");
        json.writeStringField("userinfo_endpoint", base + "/oauth/userinfo");
        stringArray(json, "scopes_supported", SCOPES);
        stringArray(json, "response_types_supported", List.of("code"));
        stringArray(json, "response_modes_supported", List.of("query", "fragment", "form_post"));
        stringArray(json, "grant_types_supported", List.of("authorization_code", "client_credentials"));
        stringArray(json, "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        stringArray(json, "code_challenge_methods_supported", List.of("S256"));
        json.writeStringField("service_documentation", "https://docs.joinmastodon.org/");
        json.writeStringField("app_registration_endpoint", base + "/api/v1/apps");
        json.writeEndObject();
    }

    static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
