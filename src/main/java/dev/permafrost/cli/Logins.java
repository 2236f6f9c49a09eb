package dev.permafrost.cli;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.auth.CredentialStore;
import dev.permafrost.client.auth.Login;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a command acts with: the token given on the command line or in the environment, or
 * the login {@code permafrost login} stored for the instance; and, for commands that allow it, the
 * instance of the one stored login when none is named.
 */
class Logins {
    private final Map<String, String> environment;

    Logins(Map<String, String> environment) {
        this.environment = environment;
    }

    Map<String, String> environment() {
        return environment;
    }

    CredentialStore store() {
        return new CredentialStore(CredentialStore.defaultFolder(environment));
    }

    /** The token for the command's instance, if any. */
    Optional<String> token(ClientOptions options) {
        Optional<String> explicit = options.explicitToken(environment);
        if (explicit.isPresent()) {
            return explicit;
        }
        return store().login(instanceUri(options)).map(Login::accessToken);
    }

    /** Fills in {@code --instance} from the one stored login when it was not given. */
    void defaultInstance(ClientOptions options) {
        if (options.instance != null && !options.instance.isBlank()) {
            return;
        }
        List<Login> logins = store().logins();
        if (logins.size() == 1) {
            options.instance = logins.get(0).instance().toString();
        } else if (logins.isEmpty()) {
            throw new UsageException("--instance URL is required (no login is stored; see permafrost login)");
        } else {
            throw new UsageException("--instance URL is required: " + logins.size() + " logins are stored ("
                    + logins.stream().map(login -> login.instance().toString()).toList() + ")");
        }
    }

    URI instanceUri(ClientOptions options) {
        try {
            return Mastodon.parseInstance(options.requireInstance(), options.allowInsecureHttp());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--instance: " + e.getMessage());
        }
    }
}
