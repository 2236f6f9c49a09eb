package dev.permafrost.cli;

import dev.permafrost.client.auth.Pkce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

/**
 * The PKCE verifier of a login started without a terminal, kept (owner-only) until
 * {@code permafrost login --code} finishes it.
 */
final class PendingLogin {
    private final Path folder;

    PendingLogin(Path configFolder) {
        this.folder = configFolder.resolve("pending");
    }

    void save(URI instance, Pkce pkce) {
        try {
            Files.createDirectories(folder);
            Path file = file(instance);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, pkce.verifier(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the pending login in " + folder, e);
        }
    }

    Optional<Pkce> take(URI instance) {
        Path file = file(instance);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String verifier = Files.readString(file, StandardCharsets.US_ASCII).trim();
            Files.delete(file);
            return Optional.of(Pkce.fromVerifier(verifier));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pending login " + file, e);
        }
    }

    private Path file(URI instance) {
        return folder.resolve(instance.getRawAuthority().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_") + ".pkce");
    }
}
