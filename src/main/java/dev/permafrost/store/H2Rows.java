package dev.permafrost.store;

import dev.permafrost.model.Account;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Poll;
import dev.permafrost.model.Status;
import java.time.Instant;

/** Turns entities into row arrays in the column order of {@link H2Tables}. */
final class H2Rows {
    private H2Rows() {}

    static Object[] account(String instance, Account account, Instant now) {
        return new Object[] {instance, id(account.id(), "Account"), account.username(), account.acct(), account.url(),
            account.displayName(), account.note(), account.locked(), account.bot(), account.discoverable(),
            account.noindex(), account.createdAt(), account.lastStatusAt(), account.statusesCount(),
            account.followersCount(), account.followingCount(), now, now, account.raw()};
    }

    static Object[] status(String instance, Status status, Instant now) {
        return new Object[] {instance, id(status.id(), "Status"), status.uri(), status.url(), status.createdAt(),
            status.editedAt(), status.account() == null ? null : status.account().id(), status.visibility(),
            status.language(), status.inReplyToId(), status.inReplyToAccountId(),
            status.reblog() == null ? null : status.reblog().id(), status.content(), status.spoilerText(),
            status.sensitive(), status.repliesCount(), status.reblogsCount(), status.favouritesCount(),
            status.poll() == null ? null : status.poll().id(), now, now, null, status.raw()};
    }

    /** A version of a status for the history, keyed by its edit time, or creation time if never edited. */
    static Object[] version(String instance, Status status, Instant now) {
        Instant revisedAt = status.editedAt() != null ? status.editedAt() : status.createdAt();
        return new Object[] {instance, status.id(), revisedAt, status.content(), status.spoilerText(),
            status.sensitive(), now, status.raw()};
    }

    static Object[] media(String instance, MediaAttachment media, String statusId, Instant now) {
        return new Object[] {instance, id(media.id(), "MediaAttachment"), statusId, media.type(), media.url(),
            media.remoteUrl(), media.previewUrl(), media.description(), media.blurhash(), null, null, now, media.raw()};
    }

    static Object[] poll(String instance, Poll poll, String statusId, Instant now) {
        return new Object[] {instance, id(poll.id(), "Poll"), statusId, poll.expiresAt(), poll.expired(),
            poll.multiple(), poll.votesCount(), poll.votersCount(), now, now, poll.raw()};
    }

    /** An entity's id, which every row needs: a missing one is a bug of the caller or the server. */
    static String id(String id, String type) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " without id cannot be archived");
        }
        return id;
    }
}
