package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Renders the admin entities: reports, block list entries, admin tags, trending links and publishers. */
final class AdminJson {
    private static final long DAY = 86_400_000L;
    private static final String[] RULES = {"Be kind.", "No spam or advertising.", "Add alt text to your images."};

    private AdminJson() {
    }

    static void report(JsonGenerator json, SimContext context, Moderation.Report report) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(report.id));
        json.writeBooleanField("action_taken", report.resolved());
        nullableTime(json, "action_taken_at", report.actionTakenAtMillis);
        json.writeStringField("category", report.category);
        json.writeStringField("comment", report.comment);
        json.writeBooleanField("forwarded", false);
        json.writeStringField("created_at", Html.dateTime(report.createdMillis));
        json.writeStringField("updated_at", Html.dateTime(report.updatedMillis));
        json.writeFieldName("account");
        EntityJson.adminAccount(json, context, report.reporter);
        json.writeFieldName("target_account");
        EntityJson.adminAccount(json, context, report.target);
        nullableAccount(json, context, "assigned_account", report.assignee);
        nullableAccount(json, context, "action_taken_by_account", report.actionTakenBy);
        json.writeArrayFieldStart("statuses");
        for (long statusId : report.statusIds) {
            int row = context.world.timelines.row(statusId);
            if (row >= 0) {
                context.statuses.write(json, row, -1);
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rules");
        for (String ruleId : report.ruleIds) {
            int index = parseRule(ruleId);
            if (index >= 0) {
                json.writeStartObject();
                json.writeStringField("id", ruleId);
                json.writeStringField("text", RULES[index]);
                json.writeStringField("hint", "");
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static int parseRule(String id) {
        try {
            int index = Integer.parseInt(id) - 1;
            return index >= 0 && index < RULES.length ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void nullableAccount(JsonGenerator json, SimContext context, String name, int account) throws IOException {
        if (account < 0) {
            json.writeNullField(name);
        } else {
            json.writeFieldName(name);
            EntityJson.adminAccount(json, context, account);
        }
    }

    static void domainBlock(JsonGenerator json, SimContext context, Blocklists.DomainBlock block) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(block.id()));
        json.writeStringField("domain", block.domain());
        json.writeStringField("digest", Blocklists.sha256(block.domain()));
        json.writeStringField("created_at", Html.dateTime(block.createdMillis()));
        json.writeStringField("severity", block.severity());
        json.writeBooleanField("reject_media", block.rejectMedia());
        json.writeBooleanField("reject_reports", block.rejectReports());
        Json.nullableString(json, "private_comment", block.privateComment());
        Json.nullableString(json, "public_comment", block.publicComment());
        json.writeBooleanField("obfuscate", block.obfuscate());
        json.writeEndObject();
    }

    static void domainAllow(JsonGenerator json, SimContext context, Blocklists.DomainAllow allow) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(allow.id()));
        json.writeStringField("domain", allow.domain());
        json.writeStringField("created_at", Html.dateTime(allow.createdMillis()));
        json.writeEndObject();
    }

    static void canonicalEmailBlock(JsonGenerator json, SimContext context, Blocklists.CanonicalEmailBlock block)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(block.id()));
        json.writeStringField("canonical_email_hash", block.hash());
        json.writeEndObject();
    }

    static void emailDomainBlock(JsonGenerator json, SimContext context, Blocklists.EmailDomainBlock block)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(block.id()));
        json.writeStringField("domain", block.domain());
        json.writeStringField("created_at", Html.dateTime(block.createdMillis()));
        json.writeArrayFieldStart("history");
        long today = System.currentTimeMillis() / DAY * DAY;
        for (int day = 0; day < 7; day++) {
            json.writeStartObject();
            json.writeStringField("day", Long.toString((today - day * DAY) / 1000));
            json.writeStringField("accounts", "0");
            json.writeStringField("uses", "0");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("allow_with_approval", block.allowWithApproval());
        json.writeEndObject();
    }

    static void ipBlock(JsonGenerator json, SimContext context, Blocklists.IpBlock block) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(block.id()));
        json.writeStringField("ip", block.ip());
        json.writeStringField("severity", block.severity());
        json.writeStringField("comment", block.comment());
        json.writeStringField("created_at", Html.dateTime(block.createdMillis()));
        nullableTime(json, "expires_at", block.expiresMillis());
        json.writeEndObject();
    }

    /** A hashtag as moderators see it (Mastodon's REST::Admin::TagSerializer). */
    static void tag(JsonGenerator json, SimContext context, int tag) throws IOException {
        TrendReview.TagSettings settings = context.world.trendReview.tag(tag);
        String name = settings.displayName != null ? settings.displayName : TextGen.TAGS.get(tag);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(tag + 1L));
        json.writeStringField("name", name);
        json.writeStringField("url", context.baseUrl + "/tags/" + TextGen.TAGS.get(tag));
        history(json, context, day -> TrendReview.uses(tag, day), day -> TrendReview.accounts(tag, day));
        if (settings.trendable == null) {
            json.writeNullField("trendable");
        } else {
            json.writeBooleanField("trendable", settings.trendable);
        }
        json.writeBooleanField("usable", settings.usable);
        json.writeBooleanField("requires_review", settings.trendable == null);
        json.writeBooleanField("listable", settings.listable);
        json.writeEndObject();
    }

    /** A trending link as moderators see it: the preview card, its history, ID and review state. */
    static void link(JsonGenerator json, SimContext context, TrendReview.Link link) throws IOException {
        String domain = TextGen.LINK_DOMAINS.get(link.publisher());
        json.writeStartObject();
        json.writeStringField("url", link.url());
        json.writeStringField("title", link.title());
        json.writeStringField("description", link.description());
        json.writeStringField("language", "en");
        json.writeStringField("type", "link");
        json.writeStringField("author_name", "");
        json.writeStringField("author_url", "");
        json.writeStringField("provider_name", domain);
        json.writeStringField("provider_url", "");
        json.writeStringField("html", "");
        json.writeNumberField("width", 400);
        json.writeNumberField("height", 210);
        json.writeNullField("image");
        json.writeStringField("embed_url", "");
        json.writeNullField("blurhash");
        json.writeNullField("published_at");
        json.writeArrayFieldStart("authors");
        json.writeEndArray();
        int seed = (int) link.id();
        history(json, context, day -> (seed * 3 + day * 5) % 13, day -> (seed + day * 2) % 7);
        json.writeStringField("id", context.codec.encode(link.id()));
        json.writeBooleanField("requires_review", context.world.trendReview.linkTrendable(link.id()) == null);
        json.writeEndObject();
    }

    static void publisher(JsonGenerator json, SimContext context, int publisher) throws IOException {
        TrendReview review = context.world.trendReview;
        long reviewed = review.publisherReviewed(publisher);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(publisher + 1L));
        json.writeStringField("domain", TextGen.LINK_DOMAINS.get(publisher));
        json.writeBooleanField("trendable", review.publisherTrendable(publisher));
        nullableTime(json, "reviewed_at", reviewed);
        json.writeStringField("requested_review_at", Html.dateTime(context.config.historyEnd().toEpochMilli()));
        json.writeBooleanField("requires_review", reviewed < 0);
        json.writeEndObject();
    }

    private static void history(JsonGenerator json, SimContext context, java.util.function.IntUnaryOperator uses,
                                java.util.function.IntUnaryOperator accounts) throws IOException {
        long day = context.config.historyEnd().getEpochSecond() / 86_400 * 86_400;
        json.writeArrayFieldStart("history");
        for (int i = 0; i < 7; i++) {
            json.writeStartObject();
            json.writeStringField("day", Long.toString(day - i * 86_400L));
            json.writeStringField("accounts", Integer.toString(accounts.applyAsInt(i)));
            json.writeStringField("uses", Integer.toString(uses.applyAsInt(i)));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void nullableTime(JsonGenerator json, String name, long millis) throws IOException {
        if (millis < 0) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, Html.dateTime(millis));
        }
    }
}
