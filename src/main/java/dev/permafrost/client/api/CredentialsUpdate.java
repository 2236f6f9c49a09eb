package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.client.http.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes of {@code PATCH /api/v1/accounts/update_credentials}: only what is set is sent, so
 * everything else on the profile stays as it is. With an avatar or a header the request is
 * multipart, otherwise a plain form.
 *
 * <pre>{@code
 * mastodon.accounts().updateCredentials(CredentialsUpdate.builder()
 *         .displayName("Frost").avatar(UploadFile.of(Path.of("me.png"))).field("Web", "https://frost.example")
 *         .build());
 * }</pre>
 */
public final class CredentialsUpdate {
    /** The most profile fields Mastodon keeps by default. */
    public static final int MAX_FIELDS = 4;

    private final Params params;
    private final UploadFile avatar;
    private final UploadFile header;

    private CredentialsUpdate(Builder builder) {
        Params fields = builder.params;
        for (int i = 0; i < builder.fields.size(); i++) {
            fields = fields.with("fields_attributes[" + i + "][name]", builder.fields.get(i)[0])
                    .with("fields_attributes[" + i + "][value]", builder.fields.get(i)[1]);
        }
        this.params = fields;
        this.avatar = builder.avatar;
        this.header = builder.header;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text fields, in the order they were set. */
    public Params params() {
        return params;
    }

    /** The request body: multipart when a file is sent, a form otherwise. */
    RequestBody body() {
        if (avatar == null && header == null) {
            return RequestBody.form(params);
        }
        List<RequestBody.Part> parts = new ArrayList<>();
        for (Map.Entry<String, String> pair : params.pairs()) {
            parts.add(RequestBody.Part.text(pair.getKey(), pair.getValue()));
        }
        if (avatar != null) {
            parts.add(avatar.part("avatar"));
        }
        if (header != null) {
            parts.add(header.part("header"));
        }
        return RequestBody.Multipart.of(parts);
    }

    @Override
    public String toString() {
        return "CredentialsUpdate" + params + (avatar == null ? "" : " avatar=" + avatar) + (header == null ? "" : " header=" + header);
    }

    /** Collects the changes; each setter may be called once. */
    public static final class Builder {
        private Params params = Params.empty();
        private final List<String[]> fields = new ArrayList<>();
        private UploadFile avatar;
        private UploadFile header;

        private Builder() {}

        public Builder displayName(String name) {
            return set("display_name", name);
        }

        /** The bio, as plain text (the server links mentions, hashtags and URLs). */
        public Builder note(String note) {
            return set("note", note);
        }

        public Builder avatar(UploadFile file) {
            this.avatar = Objects.requireNonNull(file, "avatar");
            return this;
        }

        public Builder header(UploadFile file) {
            this.header = Objects.requireNonNull(file, "header");
            return this;
        }

        /** Whether follow requests must be approved. */
        public Builder locked(boolean locked) {
            return set("locked", locked);
        }

        public Builder bot(boolean bot) {
            return set("bot", bot);
        }

        /** Whether the account may be featured in the profile directory and suggestions. */
        public Builder discoverable(boolean discoverable) {
            return set("discoverable", discoverable);
        }

        /** Whether to hide followers and followed accounts. */
        public Builder hideCollections(boolean hide) {
            return set("hide_collections", hide);
        }

        /** Whether public posts may be found by full-text search. */
        public Builder indexable(boolean indexable) {
            return set("indexable", indexable);
        }

        /** Domains allowed to credit the account as author of their articles. */
        public Builder attributionDomains(List<String> domains) {
            params = params.withAll("attribution_domains[]", List.copyOf(domains));
            return this;
        }

        /**
         * Adds a profile field; the fields sent replace all existing ones.
         *
         * @throws IllegalArgumentException after {@link #MAX_FIELDS} fields
         */
        public Builder field(String name, String value) {
            if (fields.size() == MAX_FIELDS) {
                throw new IllegalArgumentException("at most " + MAX_FIELDS + " profile fields");
            }
            fields.add(new String[] {Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")});
            return this;
        }

        /** The default visibility of new posts. */
        public Builder defaultVisibility(Visibility visibility) {
            return set("source[privacy]", visibility.value());
        }

        /** Whether new posts are marked sensitive by default. */
        public Builder defaultSensitive(boolean sensitive) {
            return set("source[sensitive]", sensitive);
        }

        /** The default language of new posts (ISO 639-1). */
        public Builder defaultLanguage(String language) {
            return set("source[language]", language);
        }

        /** Who may quote new posts by default (Mastodon 4.5). */
        public Builder defaultQuotePolicy(QuotePolicy policy) {
            return set("source[quote_policy]", policy.value());
        }

        public CredentialsUpdate build() {
            return new CredentialsUpdate(this);
        }

        private Builder set(String name, Object value) {
            Objects.requireNonNull(value, name);
            params = params.replace(name, value);
            return this;
        }
    }
}
