package dev.permafrost.camel.crawl;

import dev.permafrost.camel.crawl.CollectionReport.Outcome;
import dev.permafrost.client.CancelledException;
import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.MastodonException;
import dev.permafrost.model.Account;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Poll;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Batch;
import dev.permafrost.store.Checkpoint;
import dev.permafrost.store.CollectionKey;
import dev.permafrost.store.PendingMedia;
import dev.permafrost.store.PollRef;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole personal backup of the authenticated account into an archive, part after part
 * ({@link BackupPart}), every collection through a {@link CollectionCrawler}, so each rerun reads
 * only what is new (relationship lists excepted: they are walked whole to notice what ended).
 * After the statuses come the follow-ups the archive chooses ({@link Archive#statusesWithNewEdits},
 * {@link Archive#openPolls}, {@link Archive#originalStatusIds}, {@link Archive#mediaWithoutFile}).
 *
 * <p>A part the server does not offer (401, 403, 404, 410, 422, 501, or too old a server) is
 * skipped with a warning; a part that fails otherwise is reported failed; either way the next
 * part runs. A stop request ends the run after the page or item in hand. Not thread-safe.
 */
public final class AccountBackup {
    private final Mastodon mastodon;
    private final Account me;
    private final Archive archive;
    private final BackupOptions options;
    private final RequestCounter requests;
    private final Clock clock;
    private final String instance;

    /**
     * @param mastodon a client acting for the account, whose exchange log is {@code requests}
     * @param me the authenticated account ({@code verify_credentials})
     */
    public AccountBackup(Mastodon mastodon, Account me, Archive archive, BackupOptions options, RequestCounter requests,
                         Clock clock) {
        this.mastodon = Objects.requireNonNull(mastodon, "mastodon");
        this.me = Objects.requireNonNull(me, "me");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.options = Objects.requireNonNull(options, "options");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instance = mastodon.authority();
    }

    /**
     * Runs the chosen parts in order.
     *
     * @return one report per chosen part, in order (parts a stop request left out are incomplete)
     * @throws dev.permafrost.store.ArchiveException when the archive fails (the run cannot go on)
     */
    public List<CollectionReport> run(CrawlListener listener) {
        List<CollectionReport> reports = new ArrayList<>();
        for (BackupPart part : BackupPart.values()) {
            if (!options.parts().contains(part)) {
                continue;
            }
            if (options.stop().getAsBoolean()) {
                reports.add(Tally.notReached(instance, part.label(), listener));
                continue;
            }
            reports.add(run(part, listener));
        }
        return reports;
    }

    private CollectionReport run(BackupPart part, CrawlListener listener) {
        Tally tally = new Tally(instance, part.label(), requests, listener);
        try {
            boolean complete = switch (part) {
                case LISTS -> lists(tally);
                case EDITS -> edits(tally);
                case POLLS -> polls(tally);
                case CONTEXT -> threads(tally);
                case MEDIA -> media(tally);
                default -> collection(tally, part);
            };
            return tally.finish(complete ? Outcome.DONE : Outcome.INCOMPLETE);
        } catch (CancelledException e) {
            tally.warn("stopped while waiting for the server");
            return tally.finish(Outcome.INCOMPLETE);
        } catch (MastodonException e) {
            Optional<String> notOffered = NotOffered.reason(e);
            tally.warn(notOffered.map(reason -> "skipped: " + reason).orElse(e.getMessage()));
            return tally.finish(notOffered.isPresent() ? Outcome.SKIPPED : Outcome.FAILED);
        }
    }

    /** The account's own statuses, whose follow-ups (edits, polls, threads, media) the archive chooses. */
    private CollectionKey ownStatuses() {
        return Source.of(mastodon, BackupPart.STATUSES.feed(me.id()), me.id()).key();
    }

    private CollectionCrawler crawler(Feed feed) {
        return new CollectionCrawler(Source.of(mastodon, feed, me.id()), CrawlOptions.defaults().withStop(options.stop()),
                clock);
    }

    private CrawlResult crawl(CollectionCrawler crawler, PageSink sink) {
        return options.refresh() ? crawler.refresh(archive, sink) : crawler.poll(archive, sink);
    }

    private boolean collection(Tally tally, BackupPart part) {
        CollectionCrawler crawler = crawler(part.feed(me.id()));
        tally.started(expected(part, crawler.source().key()));
        CrawlResult result = crawl(crawler, tally.sink(archive));
        tally.add(result);
        return result.upToDate();
    }

    /** How many items a walk will likely meet, when the account says and the walk is whole. */
    private long expected(BackupPart part, CollectionKey key) {
        boolean whole = options.refresh() || archive.checkpoint(key).isEmpty();
        return switch (part) {
            case STATUSES -> whole ? me.statusesCount() : -1;
            case FOLLOWERS -> me.followersCount();
            case FOLLOWING -> me.followingCount();
            default -> -1;
        };
    }

    private boolean lists(Tally tally) {
        tally.started(-1);
        List<String> listIds = new ArrayList<>();
        CrawlResult lists = crawler(new Feed(Feed.Kind.LISTS, "")).poll(archive, tally.sink(archive,
                batch -> batch.items().forEach(item -> listIds.add(((MastodonList) item).id()))));
        tally.add(lists);
        boolean complete = lists.upToDate();
        for (String listId : listIds) {
            if (options.stop().getAsBoolean()) {
                return false;
            }
            try {
                CrawlResult members = crawler(new Feed(Feed.Kind.LIST_MEMBERS, listId)).poll(archive, tally.sink(archive));
                tally.add(members);
                complete &= members.upToDate();
            } catch (MastodonException e) {
                if (!NotOffered.gone(e)) {
                    throw e;
                }
                tally.warn("the members of list " + listId + " were not read: it is gone (HTTP " + e.status().getAsInt() + ")");
            }
        }
        return complete;
    }

    private boolean edits(Tally tally) {
        List<String> edited = archive.statusesWithNewEdits(ownStatuses());
        tally.started(edited.size());
        Gone gone = new Gone("edit histories");
        for (String statusId : edited) {
            if (options.stop().getAsBoolean()) {
                return false;
            }
            try {
                List<StatusEdit> history = mastodon.statuses().history(statusId);
                archive.write(new Batch(new CollectionKey(instance, me.id(), "edits:" + statusId), history,
                        Optional.empty(), Optional.empty()));
                tally.single(history.size());
            } catch (MastodonException e) {
                gone.count(e);
            }
        }
        gone.report(tally);
        return true;
    }

    private boolean polls(Tally tally) {
        List<PollRef> open = archive.openPolls(ownStatuses());
        tally.started(open.size());
        Gone gone = new Gone("polls");
        for (PollRef ref : open) {
            if (options.stop().getAsBoolean()) {
                return false;
            }
            try {
                Poll poll = mastodon.polls().get(ref.id());
                archive.write(new Batch(new CollectionKey(instance, me.id(), "polls:" + ref.statusId()), List.of(poll),
                        Optional.empty(), Optional.empty()));
                tally.single(1);
            } catch (MastodonException e) {
                gone.count(e);
            }
        }
        gone.report(tally);
        return true;
    }

    /** The thread of each own status: once per status, every one again with a refresh. */
    private boolean threads(Tally tally) {
        List<String> statuses = new ArrayList<>(archive.originalStatusIds(ownStatuses()));
        if (!options.refresh()) {
            Set<String> read = new HashSet<>();
            for (Checkpoint checkpoint : archive.checkpoints()) {
                CollectionKey key = checkpoint.key();
                if (key.instance().equals(instance) && key.collection().startsWith("context:")) {
                    read.add(key.argument());
                }
            }
            statuses.removeIf(read::contains);
        }
        tally.started(statuses.size());
        Gone gone = new Gone("threads");
        for (String statusId : statuses) {
            if (options.stop().getAsBoolean()) {
                return false;
            }
            try {
                tally.add(crawler(new Feed(Feed.Kind.CONTEXT, statusId)).poll(archive, tally.sink(archive)));
            } catch (MastodonException e) {
                gone.count(e);
            }
        }
        gone.report(tally);
        return true;
    }

    private boolean media(Tally tally) {
        List<PendingMedia> pending = archive.mediaWithoutFile(ownStatuses());
        tally.started(pending.size());
        MediaDownloader downloader = new MediaDownloader(options.mediaFolder(),
                mastodon.instance().getScheme().equals("http"), "Permafrost media archiver", options.stop());
        int failed = 0;
        for (PendingMedia media : pending) {
            if (options.stop().getAsBoolean()) {
                return false;
            }
            try {
                Optional<MediaDownloader.Downloaded> file = downloader.download(media);
                if (file.isEmpty()) {
                    return false;
                }
                tally.otherRequests(file.get().requests());
                archive.recordMediaFile(instance, media.id(), file.get().localFile(), file.get().sha256());
                tally.single(1);
            } catch (IOException e) {
                tally.otherRequests(1);
                if (failed++ < 3) {
                    tally.warn("media " + media.id() + " was not downloaded: " + e.getMessage());
                }
            }
        }
        if (failed > 3) {
            tally.warn((failed - 3) + " more media files were not downloaded; the next run tries them again");
        }
        return true;
    }

    /** Counts items of a per-status part that are gone; other failures end the part. */
    private static final class Gone {
        private final String what;
        private int count;

        Gone(String what) {
            this.what = what;
        }

        void count(MastodonException e) {
            if (!NotOffered.gone(e) || e instanceof CancelledException) {
                throw e;
            }
            count++;
        }

        void report(Tally tally) {
            if (count > 0) {
                tally.warn(count + " " + what + " were not read: their status is gone (HTTP 404 or 410)");
            }
        }
    }
}
