package dev.permafrost.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code PATCH /api/v1/accounts/update_credentials}: the caller's display name, bio, profile
 * fields, flags, and avatar and header images (multipart), with Mastodon's limits. Posting
 * defaults ({@code source[...]}) are accepted and not kept.
 */
final class CredentialsApi {
    private static final int MAX_FIELDS = 4;

    private final SimContext context;
    private final World world;

    CredentialsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        router.add("PATCH", "/api/v1/accounts/update_credentials", Access.user("write:accounts"), this::update);
    }

    private SimResponse update(SimRequest request) {
        Params params = request.params;
        Optional<String> displayName = params.first("display_name");
        Optional<String> note = params.first("note");
        if (displayName.filter(name -> name.codePointCount(0, name.length()) > 30).isPresent()) {
            throw ApiError.validation("Display name is too long (maximum is 30 characters)");
        }
        if (note.filter(text -> text.codePointCount(0, text.length()) > 500).isPresent()) {
            throw ApiError.validation("Note is too long (maximum is 500 characters)");
        }
        List<String[]> fields = fields(params);
        Optional<Bodies.Part> avatar = file(request, "avatar");
        Optional<Bodies.Part> header = file(request, "header");
        return world.write(() -> {
            AccountRow account = world.social.accounts.get(request.viewer());
            displayName.ifPresent(name -> account.displayName = name);
            note.ifPresent(text -> account.noteHtml = Html.fromText(context.baseUrl, text, acct -> Optional.empty()));
            if (fields != null) {
                account.fields = fields;
            }
            if (params.has("locked")) {
                account.locked = params.bool("locked");
            }
            if (params.has("bot")) {
                account.bot = params.bool("bot");
            }
            if (params.has("discoverable")) {
                account.discoverable = params.bool("discoverable");
            }
            avatar.ifPresent(part -> account.avatarHash = hash(part.bytes()));
            header.ifPresent(part -> account.headerHash = hash(part.bytes()));
            account.touch();
            return SimResponse.json(Json.write(json -> context.accounts.writeCredential(json, account.index)));
        });
    }

    /** The profile fields sent ({@code fields_attributes[i][name]}), or null when none were sent. */
    private static List<String[]> fields(Params params) {
        List<String[]> fields = new ArrayList<>();
        boolean sent = false;
        for (int i = 0; i < 16; i++) {
            Optional<String> name = params.first("fields_attributes[" + i + "][name]");
            Optional<String> value = params.first("fields_attributes[" + i + "][value]");
            sent |= name.isPresent() || value.isPresent();
            if (name.filter(text -> !text.isBlank()).isPresent()) {
                fields.add(new String[] {name.get(), value.orElse("")});
            }
        }
        if (fields.size() > MAX_FIELDS) {
            throw ApiError.validation("Fields size must be less than or equal to " + MAX_FIELDS);
        }
        return sent ? fields : null;
    }

    private static Optional<Bodies.Part> file(SimRequest request, String name) {
        String type = Bodies.contentType(request.headers);
        if (!type.startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Optional<Bodies.Part> part = Bodies.multipart(type, request.body).stream()
                .filter(candidate -> candidate.name().equals(name) && !candidate.filename().isEmpty()).findFirst();
        part.filter(file -> !file.contentType().startsWith("image/")).ifPresent(file -> {
            throw ApiError.validation(name.substring(0, 1).toUpperCase() + name.substring(1)
                    + " content type is invalid (" + file.contentType() + ")");
        });
        return part;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(new String(bytes, StandardCharsets.ISO_8859_1).hashCode());
        }
    }
}
