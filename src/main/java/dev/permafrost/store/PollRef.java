package dev.permafrost.store;

import java.util.Objects;

/**
 * A poll the archive holds, and the status that carries it.
 *
 * @param id the poll's ID on its instance
 * @param statusId the ID of the status the poll belongs to
 */
public record PollRef(String id, String statusId) {
    public PollRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusId, "statusId");
    }
}
