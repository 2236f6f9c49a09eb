package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The smaller public instance endpoints: moderated domains, languages, translation languages,
 * privacy policy, terms of service (one version, in effect since 30 days before the history's
 * end), peer search, custom emoji, and the {@code /health} check in plain text.
 */
final class InstanceDetailsApi {
    /** Domains the sim publicly moderates: domain, severity, comment; a starred one is obfuscated. */
    private static final List<String[]> MODERATED = List.of(
            new String[] {"spam.example", "suspend", "Spam"},
            new String[] {"loud.example", "silence", "Unmoderated"},
            new String[] {"b*d.example", "suspend", "Harassment"});
    private static final List<String[]> LANGUAGE_NAMES = List.of(new String[] {"ca", "Catalan"}, new String[] {"de", "German"},
            new String[] {"en", "English"}, new String[] {"es", "Spanish"}, new String[] {"fi", "Finnish"},
            new String[] {"fr", "French"}, new String[] {"it", "Italian"}, new String[] {"ja", "Japanese"},
            new String[] {"nl", "Dutch"}, new String[] {"pl", "Polish"}, new String[] {"pt", "Portuguese"},
            new String[] {"sv", "Swedish"});
    private static final long DAY = 86_400_000L;

    private final SimContext context;

    InstanceDetailsApi(SimContext context) {
        this.context = context;
    }

    void routes(Router router) {
        router.get("/api/v1/instance/domain_blocks", Access.open(), request -> SimResponse.json(Json.write(this::domainBlocks)))
                .get("/api/v1/instance/languages", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    json.writeStartArray();
                    for (String[] language : LANGUAGE_NAMES) {
                        json.writeStartObject();
                        json.writeStringField("code", language[0]);
                        json.writeStringField("name", language[1]);
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                })))
                // translation is off (configuration.translation.enabled is false), so no pairs
                .get("/api/v1/instance/translation_languages", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    json.writeStartObject();
                    json.writeEndObject();
                })))
                .get("/api/v1/instance/privacy_policy", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    json.writeStartObject();
                    json.writeStringField("updated_at", Html.dateTime(termsEffective()));
                    json.writeStringField("content", "<p>The sim keeps nothing about you.</p>");
                    json.writeEndObject();
                })))
                .get("/api/v1/instance/terms_of_service", Access.open(), request -> terms())
                .get("/api/v1/instance/terms_of_service/:date", Access.open(), request -> {
                    if (!request.path("date").equals(Html.date(termsEffective()))) {
                        throw ApiError.notFound();
                    }
                    return terms();
                })
                .get("/api/v1/peers/search", Access.open(), request -> SimResponse.json(Json.write(json -> {
                    String prefix = request.params.first("q", "").trim().toLowerCase(Locale.ROOT);
                    if (prefix.isEmpty()) {
                        json.writeNull();
                        return;
                    }
                    json.writeStartArray();
                    TextGen.REMOTE_DOMAINS.stream().filter(domain -> domain.startsWith(prefix)).limit(10).forEach(domain -> {
                        try {
                            json.writeString(domain);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    json.writeEndArray();
                })))
                .get("/api/v1/custom_emojis", Access.open(), request -> SimResponse.json(Json.write(this::emojis)))
                .get("/health", Access.open(), request ->
                        SimResponse.bytes(200, "text/plain; charset=utf-8", "OK".getBytes(StandardCharsets.UTF_8)));
    }

    /** When the sim's one version of its terms took effect: 30 days before the history's end, at midnight. */
    long termsEffective() {
        return (context.config.historyEnd().toEpochMilli() - 30 * DAY) / DAY * DAY;
    }

    private SimResponse terms() {
        return SimResponse.json(Json.write(json -> {
            json.writeStartObject();
            json.writeStringField("effective_date", Html.date(termsEffective()));
            json.writeBooleanField("effective", true);
            json.writeStringField("content", "<p>Be excellent to each other. The sim may vanish at any moment.</p>");
            json.writeNullField("succeeded_by");
            json.writeEndObject();
        }));
    }

    private void domainBlocks(JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (String[] block : MODERATED) {
            json.writeStartObject();
            json.writeStringField("domain", block[0]);
            json.writeStringField("digest", sha256(block[0].replace("*", "a")));
            json.writeStringField("severity", block[1]);
            json.writeStringField("comment", block[2]);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void emojis(JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (int i = 0; i < TextGen.EMOJIS.size(); i++) {
            String shortcode = TextGen.EMOJIS.get(i);
            String path = context.baseUrl + "/system/custom_emojis/images/000/000/00" + (i + 1);
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

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
