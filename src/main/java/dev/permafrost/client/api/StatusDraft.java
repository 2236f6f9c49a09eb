package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A status to post ({@link Statuses#post}) or the new content of one to edit ({@link Statuses#edit}).
 * Immutable; built with {@link #builder()}, which needs text, media or a poll.
 *
 * <pre>{@code
 * StatusDraft draft = StatusDraft.builder().text("Frost on the window")
 *         .mediaIds(List.of(picture.id())).visibility(Visibility.UNLISTED).language("en").build();
 * }</pre>
 *
 * <p>Only {@link Builder#text}, {@link Builder#spoilerText}, {@link Builder#sensitive},
 * {@link Builder#language}, the media (with their descriptions), the poll and the quote policy
 * can be edited later; an edit refuses a draft that sets anything else.
 */
public final class StatusDraft {
    private final String text;
    private final List<String> mediaIds;
    private final List<MediaChange> mediaChanges;
    private final PollDraft poll;
    private final String inReplyToId;
    private final String quotedStatusId;
    private final QuotePolicy quotePolicy;
    private final Boolean sensitive;
    private final String spoilerText;
    private final Visibility visibility;
    private final String language;
    private final Instant scheduledAt;
    private final String idempotencyKey;

    private StatusDraft(Builder b) {
        this.text = b.text;
        this.mediaIds = List.copyOf(b.mediaIds);
        this.mediaChanges = List.copyOf(b.mediaChanges);
        this.poll = b.poll;
        this.inReplyToId = b.inReplyToId;
        this.quotedStatusId = b.quotedStatusId;
        this.quotePolicy = b.quotePolicy;
        this.sensitive = b.sensitive;
        this.spoilerText = b.spoilerText;
        this.visibility = b.visibility;
        this.language = b.language;
        this.scheduledAt = b.scheduledAt;
        this.idempotencyKey = b.idempotencyKey;
        if ((text == null || text.isBlank()) && mediaIds.isEmpty() && poll == null) {
            throw new IllegalArgumentException("a status needs text, media or a poll");
        }
        if (poll != null && !mediaIds.isEmpty()) {
            throw new IllegalArgumentException("a status cannot have both media and a poll");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A public status with only text. */
    public static StatusDraft of(String text) {
        return builder().text(text).build();
    }

    /** The key the server uses to recognise a repeated post; empty when the client is to make one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public Optional<Instant> scheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    /** The form of {@code POST /api/v1/statuses}. */
    Params postParams() {
        if (!mediaChanges.isEmpty()) {
            throw new IllegalArgumentException("media descriptions are changed in an edit; "
                    + "describe new media when uploading them");
        }
        return content()
                .with("in_reply_to_id", inReplyToId)
                .with("quoted_status_id", quotedStatusId)
                .with("visibility", visibility == null ? null : visibility.value())
                .with("scheduled_at", scheduledAt);
    }

    /** The form of {@code PUT /api/v1/statuses/:id}. */
    Params editParams() {
        List<String> refused = new ArrayList<>();
        if (inReplyToId != null) {
            refused.add("inReplyToId");
        }
        if (quotedStatusId != null) {
            refused.add("quotedStatusId");
        }
        if (visibility != null) {
            refused.add("visibility");
        }
        if (scheduledAt != null) {
            refused.add("scheduledAt");
        }
        if (idempotencyKey != null) {
            refused.add("idempotencyKey");
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("an edit cannot change " + String.join(", ", refused));
        }
        Params params = content();
        for (MediaChange change : mediaChanges) {
            params = params.with("media_attributes[][id]", change.id())
                    .with("media_attributes[][description]", change.description())
                    .with("media_attributes[][focus]", change.focus());
        }
        return params;
    }

    private Params content() {
        Params params = Params.empty()
                .with("status", text)
                .withAll("media_ids[]", mediaIds)
                .with("sensitive", sensitive)
                .with("spoiler_text", spoilerText)
                .with("language", language)
                .with("quote_approval_policy", quotePolicy == null ? null : quotePolicy.value());
        return poll == null ? params : params.with(poll.params());
    }

    @Override
    public String toString() {
        return "StatusDraft[" + (text == null ? 0 : text.length()) + " chars, media=" + mediaIds + ", poll=" + (poll != null)
                + ", visibility=" + visibility + ", scheduledAt=" + scheduledAt + "]";
    }

    /**
     * A poll to attach.
     *
     * @param options the choices, at least two
     * @param expiresIn how long it stays open
     * @param multiple whether more than one choice may be picked
     * @param hideTotals whether vote counts stay hidden until it ends
     */
    public record PollDraft(List<String> options, Duration expiresIn, boolean multiple, boolean hideTotals) {
        public PollDraft {
            options = List.copyOf(Objects.requireNonNull(options, "options"));
            Objects.requireNonNull(expiresIn, "expiresIn");
            if (options.size() < 2) {
                throw new IllegalArgumentException("a poll needs at least 2 options, not " + options.size());
            }
            if (expiresIn.toSeconds() < 1) {
                throw new IllegalArgumentException("expiresIn < 1 s: " + expiresIn);
            }
        }

        /** A single-choice poll with visible totals. */
        public static PollDraft of(Duration expiresIn, String... options) {
            return new PollDraft(List.of(options), expiresIn, false, false);
        }

        Params params() {
            return Params.empty().withAll("poll[options][]", options)
                    .with("poll[expires_in]", expiresIn.toSeconds())
                    .with("poll[multiple]", multiple)
                    .with("poll[hide_totals]", hideTotals);
        }
    }

    /**
     * A new description or focal point for media already attached, in an edit.
     *
     * @param focus {@code "x,y"} from -1.0 to 1.0, or null to keep it
     */
    public record MediaChange(String id, String description, String focus) {
        public MediaChange {
            Objects.requireNonNull(id, "id");
        }
    }

    /** Collects a draft's parts. */
    public static final class Builder {
        private String text;
        private final List<String> mediaIds = new ArrayList<>();
        private final List<MediaChange> mediaChanges = new ArrayList<>();
        private PollDraft poll;
        private String inReplyToId;
        private String quotedStatusId;
        private QuotePolicy quotePolicy;
        private Boolean sensitive;
        private String spoilerText;
        private Visibility visibility;
        private String language;
        private Instant scheduledAt;
        private String idempotencyKey;

        private Builder() {}

        /** The text, as plain text with mentions, hashtags and URLs (the server renders the HTML). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** Media uploaded before, by ID, in display order (up to 4). */
        public Builder mediaIds(List<String> ids) {
            mediaIds.addAll(List.copyOf(ids));
            return this;
        }

        /** In an edit: a new description or focal point for media already attached. */
        public Builder mediaChange(MediaChange change) {
            mediaChanges.add(Objects.requireNonNull(change, "change"));
            return this;
        }

        public Builder poll(PollDraft poll) {
            this.poll = Objects.requireNonNull(poll, "poll");
            return this;
        }

        public Builder inReplyToId(String statusId) {
            this.inReplyToId = statusId;
            return this;
        }

        /** Quotes another status (Mastodon 4.5). */
        public Builder quotedStatusId(String statusId) {
            this.quotedStatusId = statusId;
            return this;
        }

        /** Who may quote this status (Mastodon 4.5). */
        public Builder quotePolicy(QuotePolicy policy) {
            this.quotePolicy = policy;
            return this;
        }

        /** Marks the media sensitive (hidden behind a warning). */
        public Builder sensitive(boolean sensitive) {
            this.sensitive = sensitive;
            return this;
        }

        /** A content warning shown instead of the text until opened. */
        public Builder spoilerText(String spoilerText) {
            this.spoilerText = spoilerText;
            return this;
        }

        /** Who may see it; the user's default when not set. */
        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /** Its language (ISO 639-1); the server guesses when not set. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Publishes it later (at least 5 minutes ahead): posting then answers a scheduled status. */
        public Builder scheduledAt(Instant at) {
            this.scheduledAt = at;
            return this;
        }

        /**
         * The key that makes repeats of this post harmless. Without one, each call to
         * {@link Statuses#post} makes its own, kept across its retries.
         */
        public Builder idempotencyKey(String key) {
            if (key != null && key.isBlank()) {
                throw new IllegalArgumentException("idempotencyKey is blank");
            }
            this.idempotencyKey = key;
            return this;
        }

        /**
         * @throws IllegalArgumentException when there is neither text, media nor poll, or both media and a poll
         */
        public StatusDraft build() {
            return new StatusDraft(this);
        }
    }
}
