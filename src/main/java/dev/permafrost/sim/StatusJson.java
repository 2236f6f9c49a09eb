package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders statuses (about 3 KB each, like a real server's), their edit history and source, from
 * the compact rows: text, media, cards and polls are derived from the seed and the status ID.
 * Call under the world's read lock.
 */
final class StatusJson {
    private static final String[] VISIBILITY = {"public", "unlisted", "private", "direct"};

    private static final Pattern HASHTAG = Pattern.compile("(?:^|\\s)#([\\p{L}\\p{N}_]+)");
    private static final Pattern MENTION = Pattern.compile("(?:^|\\s)@([\\w.]+(?:@[\\w.-]+)?)");

    private final SimContext context;
    private final long seed;

    StatusJson(SimContext context) {
        this.context = context;
        this.seed = context.config.seed();
    }

    private StatusTable rows() {
        return context.world.timelines.rows;
    }

    /** Writes a status as the viewer (account index, -1 anonymous) sees it. */
    void write(JsonGenerator json, int row, int viewer) throws IOException {
        write(json, row, viewer, false);
    }

    /** Writes a status; {@code withText} adds its source text, as the answer to a deletion does. */
    void write(JsonGenerator json, int row, int viewer, boolean withText) throws IOException {
        StatusTable rows = rows();
        boolean reblog = rows.has(row, StatusTable.REBLOG);
        long id = rows.id(row);
        AccountRow author = context.world.social.accounts.get(rows.author(row));
        Optional<Revision> revision = revision(row);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(id));
        json.writeStringField("created_at", Html.dateTime(Snowflake.millis(id)));
        boolean reply = rows.has(row, StatusTable.REPLY) && rows.ref(row) >= 0;
        Json.nullableString(json, "in_reply_to_id", reply ? context.codec.encode(rows.id(rows.ref(row))) : null);
        Json.nullableString(json, "in_reply_to_account_id",
                reply ? context.codec.encode(context.world.social.accounts.get(rows.author(rows.ref(row))).id) : null);
        json.writeBooleanField("sensitive", !reblog && revision.map(Revision::sensitive).orElse(rows.has(row, StatusTable.SENSITIVE)));
        json.writeStringField("spoiler_text", reblog ? "" : spoiler(row, revision));
        json.writeStringField("visibility", VISIBILITY[rows.visibility(row)]);
        Json.nullableString(json, "language", reblog ? null : TextGen.LANGUAGES.get(rows.language(row)));
        String uri = context.accounts.uri(author) + "/statuses/" + id;
        json.writeStringField("uri", reblog ? uri + "/activity" : uri);
        Json.nullableString(json, "url", reblog && !author.local() ? null : context.accounts.url(author) + "/" + context.codec.encode(id));
        int[] counts = counts(row);
        json.writeNumberField("replies_count", counts[0]);
        json.writeNumberField("reblogs_count", counts[1]);
        json.writeNumberField("favourites_count", counts[2]);
        json.writeNumberField("quotes_count", 0);
        Json.nullableString(json, "edited_at", editedAt(row, revision));
        if (viewer >= 0) {
            Social social = context.world.social;
            boolean me = viewer == 0;
            json.writeBooleanField("favourited", me && social.favourites.contains(row));
            json.writeBooleanField("reblogged", me && social.reblogs.containsKey(row));
            json.writeBooleanField("muted", me && social.mutedThreads.contains(row));
            json.writeBooleanField("bookmarked", me && social.bookmarks.contains(row));
            if (rows.author(row) == viewer) {
                json.writeBooleanField("pinned", rows.has(row, StatusTable.PINNED));
            }
        }
        json.writeStringField("content", reblog ? "" : Html.fromText(context.baseUrl, text(row, revision), this::mention));
        if (withText) {
            json.writeStringField("text", reblog ? "" : text(row, revision));
        }
        if (viewer >= 0) {
            json.writeArrayFieldStart("filtered");
            json.writeEndArray();
        }
        if (reblog) {
            json.writeFieldName("reblog");
            write(json, rows.ref(row), viewer);
        } else {
            json.writeNullField("reblog");
        }
        if (author.local()) {
            json.writeObjectFieldStart("application");
            json.writeStringField("name", revision.isPresent() ? "Permafrost sim" : application(id));
            json.writeNullField("website");
            json.writeEndObject();
        }
        json.writeFieldName("account");
        context.accounts.write(json, author.index);
        media(json, row, reblog);
        mentions(json, row, reblog);
        tags(json, row, reblog);
        emojis(json, row, reblog);
        json.writeArrayFieldStart("tagged_collections");
        json.writeEndArray();
        json.writeNullField("quote");
        if (!reblog && rows.has(row, StatusTable.CARD)) {
            card(json, id);
        } else {
            json.writeNullField("card");
        }
        if (!reblog && rows.has(row, StatusTable.POLL)) {
            json.writeFieldName("poll");
            poll(json, row, viewer);
        } else {
            json.writeNullField("poll");
        }
        json.writeObjectFieldStart("quote_approval");
        json.writeArrayFieldStart("automatic");
        json.writeString("public");
        json.writeEndArray();
        json.writeArrayFieldStart("manual");
        json.writeEndArray();
        json.writeStringField("current_user", viewer >= 0 ? "automatic" : "denied");
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The revisions of a status, oldest first, as {@code GET /api/v1/statuses/:id/history} shows them. */
    void writeHistory(JsonGenerator json, int row) throws IOException {
        StatusTable rows = rows();
        List<Revision> revisions = context.world.writer.overridden(row)
                ? context.world.timelines.overrides.get(row).revisions : generatedRevisions(row);
        json.writeStartArray();
        for (Revision revision : revisions) {
            json.writeStartObject();
            json.writeStringField("content", Html.fromText(context.baseUrl, revision.text(), this::mention));
            json.writeStringField("spoiler_text", revision.spoilerText());
            json.writeBooleanField("sensitive", revision.sensitive());
            json.writeStringField("created_at", Html.dateTime(revision.atMillis()));
            json.writeFieldName("account");
            context.accounts.write(json, rows.author(row));
            if (rows.has(row, StatusTable.POLL)) {
                json.writeObjectFieldStart("poll");
                json.writeArrayFieldStart("options");
                for (String option : pollOptions(rows.id(row))) {
                    json.writeStartObject();
                    json.writeStringField("title", option);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            media(json, row, false);
            emojis(json, row, false);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    void writeSource(JsonGenerator json, int row) throws IOException {
        Optional<Revision> revision = revision(row);
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(rows().id(row)));
        json.writeStringField("text", text(row, revision));
        json.writeStringField("spoiler_text", spoiler(row, revision));
        json.writeEndObject();
    }

    private List<Revision> generatedRevisions(int row) {
        StatusTable rows = rows();
        long created = Snowflake.millis(rows.id(row));
        List<Revision> revisions = new java.util.ArrayList<>();
        for (int k = 0; k <= rows.edits(row); k++) {
            revisions.add(new Revision(StatusText.generated(seed, rows, row, k, context.world.social),
                    spoiler(row, Optional.empty()), rows.has(row, StatusTable.SENSITIVE), created + k * 3_600_000L));
        }
        return revisions;
    }

    private Optional<Revision> revision(int row) {
        if (!context.world.writer.overridden(row)) {
            return Optional.empty();
        }
        return Optional.of(context.world.timelines.overrides.get(row).current());
    }

    private String text(int row, Optional<Revision> revision) {
        return revision.map(Revision::text).orElseGet(() -> StatusText.generated(seed, rows(), row, rows().edits(row), context.world.social));
    }

    private String spoiler(int row, Optional<Revision> revision) {
        return revision.map(Revision::spoilerText)
                .orElse(rows().has(row, StatusTable.SPOILER) ? StatusText.spoiler(seed, rows().id(row)) : "");
    }

    private String editedAt(int row, Optional<Revision> revision) {
        if (revision.isPresent()) {
            List<Revision> revisions = context.world.timelines.overrides.get(row).revisions;
            return revisions.size() > 1 ? Html.dateTime(revision.get().atMillis()) : null;
        }
        int edits = rows().edits(row);
        return edits == 0 ? null : Html.dateTime(Snowflake.millis(rows().id(row)) + edits * 3_600_000L);
    }

    /** replies, reblogs and favourites counts; reblogged_by and favourited_by list exactly this many. */
    int[] counts(int row) {
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, rows().id(row) ^ 0xC0));
        int accounts = context.world.social.accounts.size() - 2;
        List<Integer> replies = context.world.timelines.replies.get(row);
        return new int[] {replies == null ? 0 : replies.size(), Math.min(accounts, r.nextInt(12)), Math.min(accounts, r.nextInt(30))};
    }

    private Optional<String[]> mention(String acct) {
        Integer index = context.world.social.accountByAcct.get(acct.toLowerCase());
        if (index == null) {
            return Optional.empty();
        }
        AccountRow account = context.world.social.accounts.get(index);
        return Optional.of(new String[] {context.accounts.url(account), account.username});
    }

    private static String application(long id) {
        String[] apps = {"Web", "Ivory for iOS", "Tusky", "Elk", "Phanpy", "Moshidon"};
        return apps[(int) Math.floorMod(id >>> 16, apps.length)];
    }

    private void media(JsonGenerator json, int row, boolean reblog) throws IOException {
        json.writeArrayFieldStart("media_attachments");
        if (!reblog) {
            if (context.world.writer.overridden(row)) {
                for (long mediaId : context.world.timelines.overrides.get(row).mediaIds) {
                    Optional<MediaStore.Upload> upload = context.world.media.get(mediaId);
                    if (upload.isPresent()) {
                        MediaJson.writeUpload(json, context, upload.get());
                    }
                }
            } else {
                long id = rows().id(row);
                for (int i = 0; i < rows().mediaCount(row); i++) {
                    MediaJson.writeGenerated(json, context, id - 1 - i, TextGen.mix(seed, id + i));
                }
            }
        }
        json.writeEndArray();
    }

    private void mentions(JsonGenerator json, int row, boolean reblog) throws IOException {
        json.writeArrayFieldStart("mentions");
        java.util.Set<Integer> accounts = new java.util.LinkedHashSet<>();
        if (!reblog && rows().mention(row) >= 0) {
            accounts.add(rows().mention(row));
        }
        if (!reblog && context.world.writer.overridden(row)) {
            Matcher matcher = MENTION.matcher(text(row, revision(row)));
            while (matcher.find()) {
                Integer index = context.world.social.accountByAcct.get(matcher.group(1).toLowerCase());
                if (index != null) {
                    accounts.add(index);
                }
            }
        }
        for (int index : accounts) {
            AccountRow account = context.world.social.accounts.get(index);
            json.writeStartObject();
            json.writeStringField("id", context.codec.encode(account.id));
            json.writeStringField("username", account.username);
            json.writeStringField("url", context.accounts.url(account));
            json.writeStringField("acct", account.acct());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void tags(JsonGenerator json, int row, boolean reblog) throws IOException {
        json.writeArrayFieldStart("tags");
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        int tags = reblog ? 0 : rows().tags(row);
        for (int bit = 0; bit < TextGen.TAGS.size(); bit++) {
            if ((tags & (1 << bit)) != 0) {
                names.add(TextGen.TAGS.get(bit));
            }
        }
        if (!reblog && context.world.writer.overridden(row)) {
            Matcher matcher = HASHTAG.matcher(text(row, revision(row)));
            while (matcher.find()) {
                names.add(matcher.group(1).toLowerCase());
            }
        }
        for (String name : names) {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("url", context.baseUrl + "/tags/" + name);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void emojis(JsonGenerator json, int row, boolean reblog) throws IOException {
        json.writeArrayFieldStart("emojis");
        long id = rows().id(row);
        if (!reblog && !context.world.writer.overridden(row) && StatusText.emoji(seed, id)) {
            String shortcode = TextGen.EMOJIS.get((int) Math.floorMod(id, TextGen.EMOJIS.size()));
            String path = context.baseUrl + "/system/custom_emojis/images/000/000/00" + (1 + TextGen.EMOJIS.indexOf(shortcode));
            json.writeStartObject();
            json.writeStringField("shortcode", shortcode);
            json.writeStringField("url", path + "/original/" + shortcode + ".png");
            json.writeStringField("static_url", path + "/static/" + shortcode + ".png");
            json.writeBooleanField("visible_in_picker", true);
            json.writeStringField("category", "blobs");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void card(JsonGenerator json, long id) throws IOException {
        String url = StatusText.cardUrl(seed, id);
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, id ^ 0xCA4E));
        String host = url.substring(8, url.indexOf('/', 8));
        json.writeObjectFieldStart("card");
        json.writeStringField("url", url);
        json.writeStringField("title", TextGen.sentence(r, 6));
        json.writeStringField("description", TextGen.sentence(r, 20));
        json.writeStringField("language", "en");
        json.writeStringField("type", "link");
        json.writeStringField("author_name", "");
        json.writeStringField("author_url", "");
        json.writeStringField("provider_name", host);
        json.writeStringField("provider_url", "");
        json.writeStringField("html", "");
        json.writeNumberField("width", 400);
        json.writeNumberField("height", 210);
        json.writeStringField("image", context.baseUrl + "/system/cache/preview_cards/images/" + SimContext.partition(id >>> 16)
                + "/original/" + TextGen.hex(r.nextLong(), 16) + ".jpg");
        json.writeStringField("image_description", "");
        json.writeStringField("embed_url", "");
        json.writeStringField("blurhash", "UGC~-#M{0JfkNFofR%M{IURj%Mt7E0oM%MR*");
        json.writeNullField("published_at");
        json.writeArrayFieldStart("authors");
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Poll IDs are the row number plus one: unique, stable, small like Mastodon's. */
    void poll(JsonGenerator json, int row, int viewer) throws IOException {
        long id = rows().id(row);
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, id ^ 0x9011));
        StatusOverride override = context.world.timelines.overrides.get(row);
        StatusOverride.PollSpec posted = override == null ? null : override.poll;
        List<String> options = posted != null ? posted.options() : pollOptions(id);
        boolean multiple = posted != null ? posted.multiple() : r.nextInt(4) == 0;
        List<Integer> mine = context.world.social.pollVotes.getOrDefault(row, List.of());
        int[] votes = new int[options.size()];
        int total = 0;
        for (int i = 0; i < votes.length; i++) {
            votes[i] = (posted != null ? 0 : r.nextInt(50)) + (mine.contains(i) ? 1 : 0);
            total += votes[i];
        }
        long expires = posted != null ? posted.expiresMillis() : Snowflake.millis(id) + 86_400_000L;
        boolean expired = expires < System.currentTimeMillis();
        boolean hidden = posted != null && posted.hideTotals() && !expired && rows().author(row) != viewer;
        int voters = posted != null ? (mine.isEmpty() ? 0 : 1) : multiple ? Math.max(0, total - r.nextInt(5)) : total;
        json.writeStartObject();
        json.writeStringField("id", context.codec.encode(row + 1L));
        json.writeStringField("expires_at", Html.dateTime(expires));
        json.writeBooleanField("expired", expired);
        json.writeBooleanField("multiple", multiple);
        json.writeNumberField("votes_count", total);
        if (multiple) {
            json.writeNumberField("voters_count", voters);
        } else {
            json.writeNumberField("voters_count", total);
        }
        if (viewer >= 0) {
            json.writeBooleanField("voted", viewer == 0 && !mine.isEmpty());
            json.writeArrayFieldStart("own_votes");
            if (viewer == 0) {
                for (int choice : mine) {
                    json.writeNumber(choice);
                }
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("options");
        for (int i = 0; i < options.size(); i++) {
            json.writeStartObject();
            json.writeStringField("title", options.get(i));
            if (hidden) {
                json.writeNullField("votes_count");
            } else {
                json.writeNumberField("votes_count", votes[i]);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("emojis");
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The number of options of a status's poll. */
    int pollOptionCount(int row) {
        StatusOverride override = context.world.timelines.overrides.get(row);
        return override != null && override.poll != null ? override.poll.options().size() : pollOptions(rows().id(row)).size();
    }

    /** Whether a status's poll allows several choices. */
    boolean pollMultiple(int row) {
        StatusOverride override = context.world.timelines.overrides.get(row);
        if (override != null && override.poll != null) {
            return override.poll.multiple();
        }
        return new SplittableRandom(TextGen.mix(seed, rows().id(row) ^ 0x9011)).nextInt(4) == 0;
    }

    /** When a status's poll ends, epoch millis. */
    long pollExpiresMillis(int row) {
        StatusOverride override = context.world.timelines.overrides.get(row);
        return override != null && override.poll != null ? override.poll.expiresMillis() : Snowflake.millis(rows().id(row)) + 86_400_000L;
    }

    private List<String> pollOptions(long id) {
        SplittableRandom r = new SplittableRandom(TextGen.mix(seed, id ^ 0x9012));
        int count = 2 + r.nextInt(3);
        List<String> options = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            options.add(TextGen.word(r) + " " + TextGen.word(r));
        }
        return options;
    }
}
