package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.client.http.RequestBody;
import dev.permafrost.model.Account;
import dev.permafrost.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The current user's own profile: reading and editing it with its source values (4.6+), and
 * removing the avatar or header (4.2+). Named so it does not clash with the {@link Profile}
 * record. See docs.joinmastodon.org/methods/profile.
 */
public final class Profiles {
    public static final Endpoint GET = Endpoint.get("/api/v1/profile", "4.6.0");
    public static final Endpoint UPDATE = Endpoint.patch("/api/v1/profile", "4.6.0");
    public static final Endpoint DELETE_AVATAR = Endpoint.delete("/api/v1/profile/avatar", "4.2.0");
    public static final Endpoint DELETE_HEADER = Endpoint.delete("/api/v1/profile/header", "4.2.0");

    private final Caller caller;

    public Profiles(Caller caller) {
        this.caller = caller;
    }

    /** The profile as its owner edits it. */
    public Profile get() {
        return caller.one(GET, GET.path(), Params.empty(), Profile.class);
    }

    /** Changes what the update sets; a new avatar or header goes up as a multipart upload. */
    public Profile update(Update update) {
        if (update.avatar == null && update.header == null) {
            return caller.one(UPDATE, UPDATE.path(), update.params, Profile.class);
        }
        List<RequestBody.Part> parts = new ArrayList<>();
        update.params.pairs().forEach(pair -> parts.add(RequestBody.Part.text(pair.getKey(), pair.getValue())));
        if (update.avatar != null) {
            parts.add(update.avatar.part("avatar"));
        }
        if (update.header != null) {
            parts.add(update.header.part("header"));
        }
        return caller.send(UPDATE, UPDATE.path(), RequestBody.Multipart.of(parts), Map.of(), Profile.class);
    }

    /** Removes the avatar; the account shows the server's default one. */
    public Account deleteAvatar() {
        return caller.one(DELETE_AVATAR, DELETE_AVATAR.path(), Params.empty(), Account.class);
    }

    /** Removes the header image. */
    public Account deleteHeader() {
        return caller.one(DELETE_HEADER, DELETE_HEADER.path(), Params.empty(), Account.class);
    }

    /** An image to upload. */
    public record Image(String fileName, String contentType, byte[] content) {
        public Image {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        RequestBody.Part part(String name) {
            return RequestBody.Part.file(name, fileName, contentType, content);
        }

        @Override
        public String toString() {
            return "Image[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }

    /** A change of the profile; only what is set is sent. Build it with {@link #builder()}. */
    public static final class Update {
        private final Params params;
        private final Image avatar;
        private final Image header;

        private Update(Builder builder) {
            Params all = builder.params;
            if (builder.fields != null) {
                int index = 0;
                for (Map.Entry<String, String> field : builder.fields.entrySet()) {
                    all = all.with("fields_attributes[" + index + "][name]", field.getKey())
                            .with("fields_attributes[" + index + "][value]", field.getValue());
                    index++;
                }
            }
            if (builder.attributionDomains != null) {
                all = all.withAll("attribution_domains[]", builder.attributionDomains);
            }
            this.params = all;
            this.avatar = builder.avatar;
            this.header = builder.header;
        }

        public static Builder builder() {
            return new Builder();
        }

        @Override
        public String toString() {
            return "Profiles.Update" + params.pairs().stream().map(Map.Entry::getKey).toList()
                    + (avatar == null ? "" : " +avatar") + (header == null ? "" : " +header");
        }

        /** Collects the changes of an {@link Update}. */
        public static final class Builder {
            private Params params = Params.empty();
            private Map<String, String> fields;
            private List<String> attributionDomains;
            private Image avatar;
            private Image header;

            private Builder() {}

            public Builder displayName(String name) {
                return set("display_name", name);
            }

            /** The bio, as plain text with mentions and hashtags. */
            public Builder note(String note) {
                return set("note", note);
            }

            /** Whether follows need approval. */
            public Builder locked(boolean locked) {
                return set("locked", locked);
            }

            public Builder bot(boolean bot) {
                return set("bot", bot);
            }

            /** Whether the account may be featured in the directory and suggestions. */
            public Builder discoverable(boolean discoverable) {
                return set("discoverable", discoverable);
            }

            /** Whether public statuses may be found by full-text search. */
            public Builder indexable(boolean indexable) {
                return set("indexable", indexable);
            }

            public Builder hideCollections(boolean hide) {
                return set("hide_collections", hide);
            }

            public Builder showMedia(boolean show) {
                return set("show_media", show);
            }

            public Builder showMediaReplies(boolean show) {
                return set("show_media_replies", show);
            }

            public Builder showFeatured(boolean show) {
                return set("show_featured", show);
            }

            /** Replaces the profile's metadata fields, in order (the server allows a few, often four). */
            public Builder fields(Map<String, String> nameToValue) {
                this.fields = new java.util.LinkedHashMap<>(Objects.requireNonNull(nameToValue, "nameToValue"));
                return this;
            }

            /** Domains allowed to credit the user as the author of their articles. */
            public Builder attributionDomains(List<String> domains) {
                this.attributionDomains = List.copyOf(domains);
                return this;
            }

            public Builder avatar(Image image) {
                this.avatar = Objects.requireNonNull(image, "image");
                return this;
            }

            public Builder avatarDescription(String text) {
                return set("avatar_description", text);
            }

            public Builder header(Image image) {
                this.header = Objects.requireNonNull(image, "image");
                return this;
            }

            public Builder headerDescription(String text) {
                return set("header_description", text);
            }

            public Update build() {
                return new Update(this);
            }

            private Builder set(String name, Object value) {
                params = params.replace(name, Objects.requireNonNull(value, name));
                return this;
            }
        }
    }
}
