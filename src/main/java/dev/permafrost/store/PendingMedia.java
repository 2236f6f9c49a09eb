package dev.permafrost.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A media attachment whose file is not downloaded yet, with the addresses the server gave for it.
 *
 * @param instance the instance authority
 * @param id the attachment's ID
 * @param statusId the status it is attached to
 * @param type image, gifv, video, audio or unknown, as the server said (may be empty)
 * @param url the file on the instance, if the server gave one
 * @param remoteUrl the file on the author's own server, if the server gave one
 */
public record PendingMedia(String instance, String id, String statusId, String type, Optional<String> url,
                           Optional<String> remoteUrl) {
    public PendingMedia {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusId, "statusId");
        type = type == null ? "" : type;
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(remoteUrl, "remoteUrl");
    }
}
