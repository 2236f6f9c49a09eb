package dev.permafrost.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where Permafrost keeps what it crawled: entities keyed by (instance, id), the checkpoints that
 * say how far each collection was read, and the audit log of write-back actions.
 *
 * <p>The one guarantee every caller relies on: {@link #write(Batch)} stores the entities of a batch
 * and moves its checkpoint in a single transaction, so a crash leaves either both or neither, and
 * writing the same batch twice changes nothing. Implementations: H2 ({@code h2:PATH}) and Parquet
 * ({@code parquet:DIR}); {@link Archives#open(String)} picks one from a store URL.
 *
 * <p>Implementations are thread-safe; callers may share one instance between routes.
 *
 * <p>Failures: every method throws {@link ArchiveException} when the archive cannot do what was
 * asked (the file cannot be opened or written, a newer schema: {@link ArchiveVersionException});
 * a write that fails stores nothing of its batch, checkpoint included, and may be retried.
 * An invalid request (items of the wrong type for the collection, a collection that needs an
 * argument such as {@code list-members:ID} without one) throws {@link IllegalArgumentException}
 * and also stores nothing. Using a closed archive throws {@link IllegalStateException}.
 */
public interface Archive extends AutoCloseable {

    /**
     * Stores a batch: upserts its entities into their tables, links them to the batch's collection
     * (timeline entries, favourites, follows, ...), and, when the batch carries one, moves the
     * checkpoint, all in one transaction. A status already archived with an older {@code edited_at}
     * is replaced and its previous version goes to the edit history.
     */
    void write(Batch batch);

    /** The checkpoint of a collection, if it was ever read. */
    Optional<Checkpoint> checkpoint(CollectionKey key);

    /** Every checkpoint of the archive. */
    List<Checkpoint> checkpoints();

    /**
     * Ends a full re-walk of a relationship collection (followers, following, blocks, mutes,
     * list members, domain blocks, ...): relations of that collection not seen since
     * {@code walkStartedAt} are marked ended, so the archive keeps their history. Call it only
     * after a walk that reached the end; a relation seen again later stands again.
     *
     * @throws IllegalArgumentException for a collection that is not re-walked ({@link CollectionKind#isRelationship()})
     */
    void finishWalk(CollectionKey key, Instant walkStartedAt);

    /**
     * Records that a status was deleted; its row stays, with {@code deleted_at} set (the first
     * deletion time recorded wins). A status never archived is ignored.
     */
    void recordDeletion(String instance, String statusId, Instant deletedAt);

    /**
     * Ends a complete re-walk of the statuses of an account ({@code statuses} of the key's
     * account, or any timeline whose statuses cannot leave it but by deletion): the statuses linked
     * to the collection (its timeline entries) that were not seen since {@code walkStartedAt} and are
     * not yet marked deleted get {@code deleted_at = deletedAt}. Call it only after a walk that
     * reached the oldest item.
     *
     * @return how many statuses were marked deleted
     */
    int markUnseenDeleted(CollectionKey timeline, Instant walkStartedAt, Instant deletedAt);

    /**
     * The statuses linked to a timeline collection (e.g. an account's own {@code statuses}) whose
     * {@code edited_at} is later than the newest revision archived for them in {@code status_edits}
     * (or that have no revision yet): those whose edit history is still to be fetched. Deleted
     * statuses are left out.
     */
    List<String> statusesWithNewEdits(CollectionKey timeline);

    /**
     * The IDs of the statuses linked to a timeline collection that are neither boosts nor
     * deleted (for follow-up work per status, such as fetching its thread).
     */
    List<String> originalStatusIds(CollectionKey timeline);

    /**
     * The polls of the statuses linked to a timeline collection that were not yet expired when
     * last archived (their counts can still change), deleted statuses left out.
     */
    List<PollRef> openPolls(CollectionKey timeline);

    /**
     * The media attachments of the statuses linked to a timeline collection that have no
     * downloaded file recorded yet ({@code local_file} is null), deleted statuses left out.
     */
    List<PendingMedia> mediaWithoutFile(CollectionKey timeline);

    /**
     * Records the downloaded file of a media attachment: {@code local_file} (a path relative to
     * the media folder) and the file's SHA-256 in lower-case hex. Unknown media are ignored.
     */
    void recordMediaFile(String instance, String mediaId, String localFile, String sha256);

    /** Appends a write-back action (post, block, report, admin action...) to the audit log. */
    void recordWriteAction(WriteAction action);

    /** Rows per table and instance, for {@code permafrost stats}. */
    List<TableCount> counts();

    /** Flushes and releases files and connections; idempotent. */
    @Override
    void close();
}
