package dev.permafrost.cli;

import dev.permafrost.client.Mastodon;
import dev.permafrost.client.auth.AppCredentials;
import dev.permafrost.client.auth.CredentialStore;
import dev.permafrost.client.auth.Login;
import dev.permafrost.client.auth.OAuth;
import dev.permafrost.client.auth.Pkce;
import dev.permafrost.client.ratelimit.RateLimiters;
import dev.permafrost.model.Account;
import dev.permafrost.model.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code permafrost login}: stores a login for an instance, either a pasted token or one obtained
 * through the authorization-code flow with PKCE (the app is registered once per instance).
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Logs in to an instance and stores the login for later commands.",
            "With --token (or --token-file, or PERMAFROST_TOKEN), stores that token after checking it.",
            "Otherwise registers Permafrost as an app (once per instance), prints the authorization URL, and",
            "reads the code the instance shows: at the prompt, or with --code in a second run when not at a terminal.",
            "Logins are kept in the configuration folder (PERMAFROST_CONFIG_DIR, else XDG_CONFIG_HOME/permafrost,",
            "else ~/.config/permafrost), readable by you only."})
final class LoginCommand implements Callable<Integer> {
    static final String APP_NAME = "Permafrost";
    static final String WEBSITE = "https://github.com/permafrost-archive/permafrost";

    @Mixin
    ClientOptions client;

    @Option(names = "--scopes", paramLabel = "SCOPES", defaultValue = "read",
            description = "Space-separated scopes to ask for (default: ${DEFAULT-VALUE}; write-back routes need write, admin ones admin:read admin:write).")
    String scopes;

    @Option(names = "--code", paramLabel = "CODE", description = "The authorization code the instance showed.")
    String code;

    @Option(names = "--mastodon-py-file", paramLabel = "FILE",
            description = "Import a Mastodon.py user credential file (log_in(..., to_file=...)).")
    Path mastodonPyFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Logins logins;

    LoginCommand(Logins logins) {
        this.logins = logins;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CredentialStore store = logins.store();
        if (mastodonPyFile != null) {
            URI given = client.instance == null ? null : logins.instanceUri(client);
            Login imported = CredentialStore.readMastodonPyUserFile(mastodonPyFile, given);
            return finish(store, imported.instance(), imported.accessToken(), null, imported.app(), err);
        }
        URI instance = logins.instanceUri(client);
        Optional<String> pasted = client.explicitToken(logins.environment());
        if (pasted.isPresent()) {
            return finish(store, instance, pasted.get(), null, Optional.empty(), err);
        }
        List<String> wanted = Arrays.stream(scopes.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        Mastodon anonymous = client.client(new RateLimiters(), Optional.empty());
        AppCredentials app = store.app(instance).filter(known -> known.scopes().containsAll(wanted)).orElseGet(() -> {
            AppCredentials registered = anonymous.oauth().registerApp(APP_NAME, wanted, List.of(OAuth.OUT_OF_BAND), WEBSITE);
            store.save(registered);
            return registered;
        });
        PendingLogin pending = new PendingLogin(store.folder());
        String theCode = code;
        Pkce pkce;
        if (theCode == null) {
            pkce = Pkce.generate();
            URI url = anonymous.oauth().authorizationUrl(app, wanted, OAuth.OUT_OF_BAND, pkce, null, false);
            err.println("Open this URL, approve Permafrost, and copy the code the instance shows:");
            err.println();
            err.println("  " + url);
            err.println();
            if (System.console() == null) {
                pending.save(instance, pkce);
                err.println("Then run: permafrost login --instance " + instance + " --code CODE");
                return 0;
            }
            err.print("Code: ");
            err.flush();
            theCode = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (theCode == null || theCode.isBlank()) {
                throw new UsageException("no code entered");
            }
        } else {
            pkce = pending.take(instance).orElseThrow(() -> new UsageException(
                    "no login is pending for " + instance + "; run permafrost login --instance " + instance + " first"));
        }
        Token token = anonymous.oauth().exchangeCode(app, theCode, OAuth.OUT_OF_BAND, pkce, wanted);
        return finish(store, instance, token.accessToken(), token.scope(), Optional.of(app), err);
    }

    private int finish(CredentialStore store, URI instance, String token, String scope, Optional<AppCredentials> app,
                       PrintWriter err) {
        Mastodon user = Mastodon.builder().instance(instance.toString()).accessToken(token)
                .rateLimitMode(client.mode()).build();
        Account account = user.accounts().verifyCredentials();
        Path file = store.save(new Login(instance, token, scope, account.acct(), Instant.now(), app));
        err.println("Logged in to " + instance.getHost() + " as @" + account.acct() + "; the login is stored in " + file);
        return 0;
    }
}
