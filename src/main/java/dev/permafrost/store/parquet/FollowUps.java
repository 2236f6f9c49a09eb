package dev.permafrost.store.parquet;

import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.PendingMedia;
import dev.permafrost.store.PollRef;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.io.api.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Parquet archive's answers to the work that follows a crawl of a timeline (edit histories
 * to fetch, polls to refresh, threads to read, media to download, statuses to mark deleted), with
 * the meaning of the H2 archive's. Each starts from the timeline's entries, read from the
 * instance's committed {@code timeline_entries} files with a filter on owner and timeline, and
 * tells the current version of a status, poll or media from the key indexes: a status is deleted
 * when its indexed {@code row_hash} carries the tombstone bit, its {@code edited_at} is indexed,
 * and a media file is recorded when its indexed annotation is not 0. Where a column is needed
 * that no index holds ({@code reblog_of_id}, {@code poll_id}, {@code expired}, media URLs), the
 * instance's files are streamed with only a few columns read, and a row counts when its
 * {@code row_hash} is the indexed one. Memory: a set of 8 to 16 bytes per linked status, plus the
 * answer.
 *
 * <p>Reads only committed files: the archive commits before calling. Not thread-safe; the archive
 * calls it under its lock.
 */
final class FollowUps {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);

    private final Map<Dataset, DatasetStore> datasets;
    private final Upserts upserts;
    private final Sightings sightings;

    FollowUps(Map<Dataset, DatasetStore> datasets, Upserts upserts, Sightings sightings) {
        this.datasets = datasets;
        this.upserts = upserts;
        this.sightings = sightings;
    }

    /**
     * Writes a tombstone version for each status linked to the timeline that is not deleted yet
     * and was not seen in it since {@code startedMicros}; nothing when the sightings since then are
     * not all known (the walk began before the archive was opened, or they were dropped).
     *
     * @return how many statuses were marked deleted
     */
    int markUnseenDeleted(CollectionKey timeline, long startedMicros, long deletedAtMillis, long now) throws IOException {
        if (!sightings.completeSince(timeline, startedMicros)) {
            LOG.warn("{}: the re-walk began before this archive was opened (or its sightings were dropped to save"
                    + " memory), so it cannot tell which statuses it missed; none is marked deleted. The next"
                    + " complete re-walk in one run marks them.", timeline);
            return 0;
        }
        DatasetStore store = datasets.get(Dataset.STATUSES);
        KeyIndex index = store.index();
        String instance = timeline.instance();
        Map<Integer, Map<String, Long>> unseenByDay = new TreeMap<>();
        linked(timeline, id -> {
            long key = Hash64.key(instance, id);
            int slot = index.find(key);
            if (slot != KeyIndex.NONE && !deleted(index, slot) && !sightings.seenSince(timeline, key, startedMicros)) {
                unseenByDay.computeIfAbsent(index.day(slot), day -> new HashMap<>()).put(id, index.hash(slot));
            }
        });
        int marked = 0;
        for (Map.Entry<Integer, Map<String, Long>> day : unseenByDay.entrySet()) {
            Map<String, Long> unseen = day.getValue();
            Set<Binary> ids = new HashSet<>();
            unseen.keySet().forEach(id -> ids.add(Binary.fromString(id)));
            List<GenericData.Record> current = new ArrayList<>();
            store.scan(new Partition(instance, LocalDate.ofEpochDay(day.getKey())),
                    FilterApi.in(FilterApi.binaryColumn("id"), ids), row -> {
                        String id = row.get("id").toString();
                        Long hash = unseen.get(id);
                        if (hash != null && hash == (long) (Long) row.get("row_hash")) {
                            unseen.remove(id);
                            current.add(Records.upgrade(store.schema().avro(), row));
                        }
                    });
            for (GenericData.Record version : current) {
                int slot = index.find(Hash64.key(instance, version.get("id").toString()));
                version.put("deleted_at", deletedAtMillis);
                upserts.appendVersion(store, slot, version, index.firstSeen(slot), now);
                marked++;
            }
            upserts.submitAppends();
            if (!unseen.isEmpty()) {
                LOG.warn("{}: {} unseen statuses are indexed but no committed file holds their version; not marked"
                        + " deleted: {}", timeline, unseen.size(), unseen.keySet());
            }
        }
        LOG.debug("{}: {} statuses not seen since the re-walk began were marked deleted", timeline, marked);
        return marked;
    }

    /** The linked, undeleted statuses whose indexed {@code edited_at} is later than their newest archived revision. */
    List<String> statusesWithNewEdits(CollectionKey timeline) {
        String instance = timeline.instance();
        KeyIndex index = datasets.get(Dataset.STATUSES).index();
        Map<Long, Edited> edited = new HashMap<>();
        linked(timeline, id -> {
            long key = Hash64.key(instance, id);
            int slot = index.find(key);
            if (slot != KeyIndex.NONE && !deleted(index, slot) && index.editedAt(slot) != Long.MIN_VALUE) {
                edited.put(key, new Edited(id, index.editedAt(slot)));
            }
        });
        if (!edited.isEmpty()) {
            datasets.get(Dataset.STATUS_EDITS).scan(instance, List.of("status_id", "created_at"), null, row -> {
                long key = Hash64.key(instance, row.get("status_id").toString());
                Edited status = edited.get(key);
                if (status != null && (Long) row.get("created_at") >= status.editedAt()) {
                    edited.remove(key); // its newest revision is archived
                }
            });
        }
        return edited.values().stream().map(Edited::id).sorted().toList();
    }

    /** The linked, undeleted statuses that are not boosts. */
    List<String> originalStatusIds(CollectionKey timeline) {
        List<String> ids = new ArrayList<>();
        currentLinkedStatuses(timeline, List.of("id", "reblog_of_id", "row_hash"), row -> {
            if (row.get("reblog_of_id") == null) {
                ids.add(row.get("id").toString());
            }
        });
        ids.sort(null);
        return ids;
    }

    /** The polls of linked, undeleted statuses whose current version is not expired. */
    List<PollRef> openPolls(CollectionKey timeline) {
        String instance = timeline.instance();
        Map<Long, List<PollRef>> byPoll = new HashMap<>();
        currentLinkedStatuses(timeline, List.of("id", "poll_id", "row_hash"), row -> {
            Object poll = row.get("poll_id");
            if (poll != null) {
                byPoll.computeIfAbsent(Hash64.key(instance, poll.toString()), k -> new ArrayList<>())
                        .add(new PollRef(poll.toString(), row.get("id").toString()));
            }
        });
        List<PollRef> open = new ArrayList<>();
        if (byPoll.isEmpty()) {
            return open;
        }
        KeyIndex polls = datasets.get(Dataset.POLLS).index();
        datasets.get(Dataset.POLLS).scan(instance, List.of("id", "expired", "row_hash"), null, row -> {
            long key = Hash64.key(instance, row.get("id").toString());
            if (byPoll.containsKey(key) && isCurrent(polls, key, row)) {
                List<PollRef> refs = byPoll.remove(key);
                if (!Boolean.TRUE.equals(row.get("expired"))) {
                    open.addAll(refs);
                }
            }
        });
        open.sort(Comparator.comparing(PollRef::id).thenComparing(PollRef::statusId));
        return open;
    }

    /** The media of linked, undeleted statuses whose current version records no file. */
    List<PendingMedia> mediaWithoutFile(CollectionKey timeline) {
        String instance = timeline.instance();
        KeyIndex live = liveLinked(timeline);
        List<PendingMedia> pending = new ArrayList<>();
        if (live.size() == 0) {
            return pending;
        }
        KeyIndex media = datasets.get(Dataset.MEDIA).index();
        KeyIndex listed = KeyIndex.set();
        datasets.get(Dataset.MEDIA).scan(instance, List.of("id", "status_id", "type", "url", "remote_url"), null, row -> {
            Object status = row.get("status_id");
            if (status == null || !live.contains(Hash64.key(instance, status.toString()))) {
                return;
            }
            String id = row.get("id").toString();
            long key = Hash64.key(instance, id);
            int slot = media.find(key);
            if (slot != KeyIndex.NONE && media.hash(slot) == 0 && listed.addIfAbsent(key)) {
                pending.add(new PendingMedia(instance, id, status.toString(), text(row.get("type")),
                        Optional.ofNullable(text(row.get("url"))), Optional.ofNullable(text(row.get("remote_url")))));
            }
        });
        pending.sort(Comparator.comparing(PendingMedia::id));
        return pending;
    }

    /**
     * Appends a version of a media row with its downloaded file; nothing for media never
     * archived, or when that very file is already recorded.
     */
    void recordMediaFile(String instance, String mediaId, String localFile, String sha256, long now) throws IOException {
        DatasetStore store = datasets.get(Dataset.MEDIA);
        KeyIndex index = store.index();
        int slot = index.find(Hash64.key(instance, mediaId));
        if (slot == KeyIndex.NONE) {
            return;
        }
        GenericData.Record file = new GenericData.Record(store.schema().avro());
        file.put("local_file", localFile);
        file.put("sha256", sha256);
        if (Dataset.MEDIA.annotation(file) == index.hash(slot)) {
            return;
        }
        Optional<GenericData.Record> archived = upserts.annotatedVersion(store, instance, mediaId, slot);
        if (archived.isEmpty()) {
            LOG.warn("media {} of {} is indexed but no committed file holds it; its file {} is not recorded", mediaId,
                    instance, localFile);
            return;
        }
        GenericData.Record version = archived.get();
        version.put("local_file", localFile);
        version.put("sha256", sha256);
        upserts.appendAnnotated(store, slot, version, now);
        upserts.submitAppends();
    }

    // --- the statuses linked to a timeline ----------------------------------------------------------

    /** Hands the ID of every status linked to the timeline (its timeline entries) to {@code sink}. */
    private void linked(CollectionKey timeline, Consumer<String> sink) {
        FilterPredicate entries = FilterApi.and(
                FilterApi.eq(FilterApi.binaryColumn("owner_id"), Binary.fromString(timeline.account())),
                FilterApi.eq(FilterApi.binaryColumn("timeline"), Binary.fromString(timeline.collection())));
        datasets.get(Dataset.TIMELINE_ENTRIES).scan(timeline.instance(), List.of("owner_id", "timeline", "status_id"),
                entries, row -> sink.accept(row.get("status_id").toString()));
    }

    /** The key hashes of the statuses linked to the timeline that are archived and not deleted. */
    private KeyIndex liveLinked(CollectionKey timeline) {
        KeyIndex index = datasets.get(Dataset.STATUSES).index();
        KeyIndex live = KeyIndex.set();
        linked(timeline, id -> {
            long key = Hash64.key(timeline.instance(), id);
            int slot = index.find(key);
            if (slot != KeyIndex.NONE && !deleted(index, slot)) {
                live.addIfAbsent(key);
            }
        });
        return live;
    }

    /**
     * Hands the current version of each linked, undeleted status to {@code sink}, read with the
     * given columns (which must include {@code id} and {@code row_hash}), once per status.
     */
    private void currentLinkedStatuses(CollectionKey timeline, List<String> columns, Consumer<GenericRecord> sink) {
        String instance = timeline.instance();
        KeyIndex live = liveLinked(timeline);
        if (live.size() == 0) {
            return;
        }
        KeyIndex index = datasets.get(Dataset.STATUSES).index();
        KeyIndex handed = KeyIndex.set();
        datasets.get(Dataset.STATUSES).scan(instance, columns, null, row -> {
            long key = Hash64.key(instance, row.get("id").toString());
            if (live.contains(key) && isCurrent(index, key, row) && handed.addIfAbsent(key)) {
                sink.accept(row);
            }
        });
    }

    /** Whether a row read from a versioned dataset is the version its index holds as current. */
    private static boolean isCurrent(KeyIndex index, long key, GenericRecord row) {
        int slot = index.find(key);
        return slot != KeyIndex.NONE && index.hash(slot) == (Long) row.get("row_hash");
    }

    /** A status's current version is a tombstone (see {@code Upserts}: the row hash's lowest bit). */
    private static boolean deleted(KeyIndex statuses, int slot) {
        return (statuses.hash(slot) & 1) == 1;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An edited status and its indexed {@code edited_at}, in epoch milliseconds. */
    private record Edited(String id, long editedAt) {}
}
