package dev.permafrost.camel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.api.PostResult;
import dev.permafrost.client.api.StatusDraft;
import dev.permafrost.client.api.Visibility;
import dev.permafrost.store.Archive;
import dev.permafrost.store.WriteAction;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * {@code mastodon:post}: posts the exchange's text as a status, once. Each input is taken from
 * the body, else a header, else the endpoint's option; the Idempotency-Key is the
 * {@link MastodonConstants#IDEMPOTENCY_KEY} header or the exchange ID, so a redelivered exchange
 * never posts twice. When the endpoint has an archive, every attempt is recorded in its
 * {@code write_actions}. The out body is the posted status (or the scheduled one).
 */
final class MastodonProducer extends DefaultProducer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MastodonEndpoint endpoint;

    MastodonProducer(MastodonEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getIn();
        MastodonConfiguration configuration = endpoint.getConfiguration();
        String text = text(in, configuration);
        String key = Optional.ofNullable(in.getHeader(MastodonConstants.IDEMPOTENCY_KEY, String.class))
                .filter(value -> !value.isBlank()).orElse(exchange.getExchangeId());
        StatusDraft.Builder draft = StatusDraft.builder().text(text).idempotencyKey(key);
        String visibility = header(in, MastodonConstants.VISIBILITY, configuration.getVisibility());
        if (visibility != null) {
            draft.visibility(visibility(visibility));
        }
        String spoilerText = header(in, MastodonConstants.SPOILER_TEXT, configuration.getSpoilerText());
        if (spoilerText != null) {
            draft.spoilerText(spoilerText);
        }
        String language = header(in, MastodonConstants.LANGUAGE, configuration.getLanguage());
        if (language != null) {
            draft.language(language);
        }
        String inReplyTo = header(in, MastodonConstants.IN_REPLY_TO_ID, null);
        if (inReplyTo != null) {
            draft.inReplyToId(inReplyTo);
        }
        Mastodon mastodon = endpoint.client();
        ObjectNode request = JSON.createObjectNode().put("text", text).put("idempotency_key", key)
                .put("visibility", visibility).put("spoiler_text", spoilerText).put("language", language)
                .put("in_reply_to_id", inReplyTo);
        Optional<Archive> archive = endpoint.archive();
        PostResult result;
        try {
            result = mastodon.statuses().post(draft.build());
        } catch (RuntimeException e) {
            archive.ifPresent(store -> store.recordWriteAction(new WriteAction(mastodon.authority(), null, "post", null,
                    request.toString(), null, "failed: " + e.getMessage(), Instant.now())));
            throw e;
        }
        String account = result.published().map(status -> status.account() == null ? null : status.account().id())
                .orElse(null);
        String raw = result.published().map(status -> status.raw()).orElseGet(() -> result.scheduled().orElseThrow().raw());
        archive.ifPresent(store -> store.recordWriteAction(new WriteAction(mastodon.authority(), account,
                result.published().isPresent() ? "post" : "schedule", result.id(), request.toString(), raw, "ok",
                Instant.now())));
        Message out = exchange.getMessage();
        out.setHeader(MastodonConstants.STATUS_ID, result.id());
        out.setBody(result.published().isPresent() ? result.published().get() : result.scheduled().orElseThrow());
    }

    private static String text(Message in, MastodonConfiguration configuration) {
        Object body = in.getBody();
        if (body instanceof String text && !text.isBlank()) {
            return text;
        }
        String header = in.getHeader(MastodonConstants.TEXT, String.class);
        if (header != null && !header.isBlank()) {
            return header;
        }
        if (configuration.getText() != null && !configuration.getText().isBlank()) {
            return configuration.getText();
        }
        throw new IllegalArgumentException("mastodon:post has no text to post: give it as the message body (a String),"
                + " in the " + MastodonConstants.TEXT + " header, or as the endpoint option text=...");
    }

    private static String header(Message in, String name, String fallback) {
        String value = in.getHeader(name, String.class);
        return value != null && !value.isBlank() ? value : fallback;
    }

    private static Visibility visibility(String text) {
        try {
            return Visibility.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mastodon:post: visibility '" + text
                    + "' is not one of public, unlisted, private, direct", e);
        }
    }
}
