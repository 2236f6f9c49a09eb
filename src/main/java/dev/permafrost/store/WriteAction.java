package dev.permafrost.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One write-back action for the audit log ({@code write_actions}): who did what to which target,
 * and how it ended. {@code request} and {@code response} are JSON, with no token in them.
 */
public record WriteAction(String instance, String account, String action, String targetId,
                          String request, String response, String outcome, Instant at) {
    public WriteAction {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
    }
}
