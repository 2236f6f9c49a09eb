package dev.permafrost.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {
    private static final URI INSTANCE = URI.create("https://mastodon.example:8443");

    @TempDir
    Path folder;

    private final AppCredentials app = new AppCredentials(INSTANCE, "Permafrost", "cid", "csecret",
            List.of("urn:ietf:wg:oauth:2.0:oob"), List.of("read"));

    @Test
    void aLoginIsStoredPerInstanceAndReadBack() {
        CredentialStore store = new CredentialStore(folder);
        Login login = new Login(INSTANCE, "tok", "read", "me", Instant.parse("2026-11-29T10:00:00Z"), Optional.of(app));

        store.save(login);

        assertThat(store.login(INSTANCE)).contains(login);
        assertThat(store.login(URI.create("https://other.example"))).isEmpty();
        assertThat(store.logins()).containsExactly(login);
    }

    @Test
    void filesAreReadableByTheirOwnerOnlyAndLeaveNoTemporaryFileBehind() throws Exception {
        CredentialStore store = new CredentialStore(folder);

        Path file = store.save(new Login(INSTANCE, "tok", "read", "me", null, Optional.empty()));
        store.save(app);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(file.getFileName().toString()).isEqualTo("mastodon.example_8443.json");
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void anAppIsKeptSoItIsRegisteredOnlyOnce() {
        CredentialStore store = new CredentialStore(folder);

        store.save(app);

        assertThat(store.app(INSTANCE)).contains(app);
    }

    @Test
    void readsMastodonPyCredentialFiles() throws Exception {
        Path client = Files.writeString(folder.resolve("clientcred.secret"), "cid\ncsecret\nhttps://mastodon.example\nmyapp\n");
        Path user = Files.writeString(folder.resolve("usercred.secret"), "tok\nhttps://mastodon.example\ncid\ncsecret\n");
        Path old = Files.writeString(folder.resolve("old.secret"), "tok\n");

        AppCredentials fromClient = CredentialStore.readMastodonPyClientFile(client);
        Login fromUser = CredentialStore.readMastodonPyUserFile(user, null);
        Login fromOld = CredentialStore.readMastodonPyUserFile(old, URI.create("https://mastodon.example"));

        assertThat(fromClient.clientId()).isEqualTo("cid");
        assertThat(fromClient.clientSecret()).isEqualTo("csecret");
        assertThat(fromClient.instance()).isEqualTo(URI.create("https://mastodon.example"));
        assertThat(fromClient.name()).isEqualTo("myapp");
        assertThat(fromUser.accessToken()).isEqualTo("tok");
        assertThat(fromUser.app().map(AppCredentials::clientSecret)).contains("csecret");
        assertThat(fromOld.instance()).isEqualTo(URI.create("https://mastodon.example"));
    }

    @Test
    void aHostileAuthorityCannotEscapeTheFolder() {
        assertThat(CredentialStore.fileName(URI.create("https://..%2F..%2Fetc"))).doesNotContain("/").startsWith("_");
    }
}
