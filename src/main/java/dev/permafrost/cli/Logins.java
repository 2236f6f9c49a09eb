package dev.permafrost.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Finds the token a command acts with: given on the command line or in the environment, or
 * stored by {@code permafrost login} for the instance.
 */
class Logins {
    private final Map<String, String> environment;

    Logins(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The token for the command's instance, if any. */
    Optional<String> token(ClientOptions options) {
        return options.explicitToken(environment);
    }
}
