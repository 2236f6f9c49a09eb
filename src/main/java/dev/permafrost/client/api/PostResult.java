package dev.permafrost.client.api;

import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * What posting a status gives: the published {@link Status}, or a {@link ScheduledStatus} when the
 * draft was scheduled for later. Switch over the two records, or use the accessors.
 */
public sealed interface PostResult permits PostResult.Published, PostResult.Scheduled {

    /** The status, if it was published at once. */
    default Optional<Status> published() {
        return this instanceof Published published ? Optional.of(published.status()) : Optional.empty();
    }

    /** The scheduled status, if it was scheduled. */
    default Optional<ScheduledStatus> scheduled() {
        return this instanceof Scheduled scheduled ? Optional.of(scheduled.status()) : Optional.empty();
    }

    /** The ID of the status or of the scheduled status. */
    String id();

    /** A status published at once. */
    record Published(Status status) implements PostResult {
        public Published {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String id() {
            return status.id();
        }
    }

    /** A status to be published at {@code status.scheduledAt()}. */
    record Scheduled(ScheduledStatus status) implements PostResult {
        public Scheduled {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String id() {
            return status.id();
        }
    }
}
