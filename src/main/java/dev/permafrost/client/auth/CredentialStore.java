package dev.permafrost.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps registered apps and logins on disk, one JSON file per instance under a configuration
 * folder ({@code apps/HOST.json}, {@code logins/HOST.json}). Files are written atomically (a
 * temporary file renamed over the old one) and readable by their owner only. Also reads the
 * credential files Mastodon.py writes with {@code to_file}.
 */
public final class CredentialStore {
    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_FOLDER = "rwx------";

    private final Path folder;
    private final ObjectMapper mapper = new ObjectMapper();

    public CredentialStore(Path folder) {
        this.folder = folder;
    }

    /**
     * The user's configuration folder: {@code $PERMAFROST_CONFIG_DIR}, else
     * {@code $XDG_CONFIG_HOME/permafrost}, else {@code ~/.config/permafrost}.
     */
    public static Path defaultFolder(Map<String, String> environment) {
        String explicit = environment.get("PERMAFROST_CONFIG_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "permafrost");
        }
        return Path.of(System.getProperty("user.home"), ".config", "permafrost");
    }

    public Path folder() {
        return folder;
    }

    /** Stores a login, replacing the one of the same instance. Returns the file written. */
    public Path save(Login login) {
        ObjectNode json = mapper.createObjectNode();
        json.put("instance", login.instance().toString());
        json.put("access_token", login.accessToken());
        json.put("scope", login.scope());
        json.put("account", login.account());
        json.put("created_at", login.createdAt() == null ? null : login.createdAt().toString());
        login.app().ifPresent(app -> json.set("app", appJson(app)));
        return write(folder.resolve("logins").resolve(fileName(login.instance())), json);
    }

    /** Stores a registered app, replacing the one of the same instance. Returns the file written. */
    public Path save(AppCredentials app) {
        return write(folder.resolve("apps").resolve(fileName(app.instance())), appJson(app));
    }

    /** The login stored for an instance. */
    public Optional<Login> login(URI instance) {
        return read(folder.resolve("logins").resolve(fileName(instance))).map(this::login);
    }

    /** The app registered on an instance. */
    public Optional<AppCredentials> app(URI instance) {
        return read(folder.resolve("apps").resolve(fileName(instance))).map(this::app);
    }

    /** Every stored login. */
    public List<Login> logins() {
        Path logins = folder.resolve("logins");
        if (!Files.isDirectory(logins)) {
            return List.of();
        }
        List<Login> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(logins)) {
            files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .forEach(file -> read(file).map(this::login).ifPresent(all::add));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + logins, e);
        }
        return all;
    }

    /** Removes the login of an instance; true when there was one. */
    public boolean remove(URI instance) {
        try {
            return Files.deleteIfExists(folder.resolve("logins").resolve(fileName(instance)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the login of " + instance, e);
        }
    }

    /**
     * Reads a Mastodon.py client credential file ({@code create_app(..., to_file=...)}): client_id,
     * client_secret, base URL and app name, one a line.
     */
    public static AppCredentials readMastodonPyClientFile(Path file) {
        List<String> lines = lines(file);
        if (lines.size() < 3) {
            throw new IllegalArgumentException(file + " is not a Mastodon.py client credential file "
                    + "(expected client_id, client_secret and the instance URL, one a line)");
        }
        String name = lines.size() > 3 ? lines.get(3) : null;
        return new AppCredentials(protocolize(lines.get(2)), name, lines.get(0), lines.get(1), List.of(), List.of());
    }

    /**
     * Reads a Mastodon.py user credential file ({@code log_in(..., to_file=...)}): the access token,
     * then (newer versions) the base URL, client_id and client_secret, one a line.
     *
     * @param instance the instance, for old files that hold only the token; may be null otherwise
     */
    public static Login readMastodonPyUserFile(Path file, URI instance) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty; expected a Mastodon.py user credential file");
        }
        URI base = lines.size() > 1 ? protocolize(lines.get(1)) : instance;
        if (base == null) {
            throw new IllegalArgumentException(file + " holds no instance URL; give the instance");
        }
        Optional<AppCredentials> app = lines.size() > 3
                ? Optional.of(new AppCredentials(base, null, lines.get(2), lines.get(3), List.of(), List.of()))
                : Optional.empty();
        return new Login(base, lines.get(0), null, null, null, app);
    }

    /** The file name for an instance: its authority, made safe (no separators, no leading dot). */
    static String fileName(URI instance) {
        String authority = instance.getRawAuthority() == null ? instance.toString() : instance.getRawAuthority();
        String safe = authority.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        return safe + ".json";
    }

    private Login login(JsonNode json) {
        String created = text(json, "created_at");
        return new Login(URI.create(text(json, "instance")), text(json, "access_token"), text(json, "scope"),
                text(json, "account"), created == null ? null : Instant.parse(created),
                json.hasNonNull("app") ? Optional.of(app(json.get("app"))) : Optional.empty());
    }

    private AppCredentials app(JsonNode json) {
        return new AppCredentials(URI.create(text(json, "instance")), text(json, "name"), text(json, "client_id"),
                text(json, "client_secret"), strings(json.get("redirect_uris")), strings(json.get("scopes")));
    }

    private ObjectNode appJson(AppCredentials app) {
        ObjectNode json = mapper.createObjectNode();
        json.put("instance", app.instance().toString());
        json.put("name", app.name());
        json.put("client_id", app.clientId());
        json.put("client_secret", app.clientSecret());
        ArrayNode redirects = json.putArray("redirect_uris");
        app.redirectUris().forEach(redirects::add);
        ArrayNode scopes = json.putArray("scopes");
        app.scopes().forEach(scopes::add);
        return json;
    }

    private Optional<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credentials in " + file + " (" + e.getMessage()
                    + "); remove the file and log in again", e);
        }
    }

    private Path write(Path file, JsonNode json) {
        try {
            createPrivateFolder(file.getParent());
            Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
            } else {
                Files.createFile(temporary);
            }
            byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write credentials to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FOLDER)));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static List<String> lines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).toList());
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static URI protocolize(String url) {
        String trimmed = url.strip().replaceAll("/+$", "");
        return URI.create(trimmed.contains("://") ? trimmed : "https://" + trimmed);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    @Override
    public String toString() {
        return "CredentialStore[" + folder + "]";
    }
}
