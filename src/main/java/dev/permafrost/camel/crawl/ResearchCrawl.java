package dev.permafrost.camel.crawl;

import dev.permafrost.camel.crawl.CollectionReport.Outcome;
import dev.permafrost.client.CancelledException;
import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.MastodonException;
import dev.permafrost.store.Archive;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A research crawl of one instance: public timelines, hashtags, lists, accounts' statuses,
 * followers and following, threads, each through a {@link CollectionCrawler} into the archive,
 * one target after the other. Reruns take only what is new (the checkpoints). Run one per
 * instance, each on its own thread; the archive is shared. Not thread-safe itself.
 */
public final class ResearchCrawl {
    /** The collections a research crawl takes; the account's own ones belong to a backup. */
    public static final Set<Feed.Kind> TARGETS = EnumSet.of(Feed.Kind.PUBLIC, Feed.Kind.LOCAL, Feed.Kind.REMOTE,
            Feed.Kind.TAG, Feed.Kind.LIST, Feed.Kind.STATUSES, Feed.Kind.FOLLOWERS, Feed.Kind.FOLLOWING,
            Feed.Kind.CONTEXT);

    private final Mastodon mastodon;
    private final Archive archive;
    private final CrawlOptions options;
    private final RequestCounter requests;
    private final Clock clock;
    private String me;

    /**
     * @param mastodon the instance's client (with or without a token), whose exchange log is {@code requests}
     * @param options start point ({@code --since}), cap ({@code --max}), item filter (opt-outs) and stop flag
     */
    public ResearchCrawl(Mastodon mastodon, Archive archive, CrawlOptions options, RequestCounter requests, Clock clock) {
        this.mastodon = Objects.requireNonNull(mastodon, "mastodon");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.options = Objects.requireNonNull(options, "options");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Crawls each target in turn.
     *
     * @param targets collections of {@link #TARGETS}; an account may be {@code @user@host}
     * @return one report per target, in order
     * @throws dev.permafrost.store.ArchiveException when the archive fails (the crawl cannot go on)
     */
    public List<CollectionReport> run(List<Feed> targets, CrawlListener listener) {
        List<CollectionReport> reports = new ArrayList<>();
        for (Feed target : targets) {
            if (!TARGETS.contains(target.kind())) {
                throw new IllegalArgumentException("a research crawl does not take " + target + "; it takes "
                        + TARGETS.stream().map(Feed.Kind::label).toList());
            }
            if (options.stop().getAsBoolean()) {
                reports.add(Tally.notReached(mastodon.authority(), target.toString(), listener));
                continue;
            }
            reports.add(crawl(target, listener));
        }
        return reports;
    }

    private CollectionReport crawl(Feed target, CrawlListener listener) {
        Tally tally = new Tally(mastodon.authority(), target.toString(), requests, listener);
        try {
            Optional<Feed> found = resolve(target, tally);
            if (found.isEmpty()) {
                return tally.finish(Outcome.FAILED);
            }
            Feed resolved = found.get();
            CollectionCrawler crawler = new CollectionCrawler(Source.of(mastodon, resolved, owner(resolved)), options, clock);
            tally.started(-1);
            CrawlResult result = crawler.poll(archive, tally.sink(archive));
            tally.add(result);
            return tally.finish(result.upToDate() ? Outcome.DONE : Outcome.INCOMPLETE);
        } catch (CancelledException e) {
            tally.warn("stopped while waiting for the server");
            return tally.finish(Outcome.INCOMPLETE);
        } catch (MastodonException e) {
            Optional<String> notOffered = NotOffered.reason(e);
            tally.warn(notOffered.map(reason -> "skipped: " + reason).orElse(e.getMessage()));
            return tally.finish(notOffered.isPresent() ? Outcome.SKIPPED : Outcome.FAILED);
        }
    }

    /** The target with an {@code @user@host} account replaced by its ID; empty (and a warning) when there is no such account. */
    private Optional<Feed> resolve(Feed target, Tally tally) {
        try {
            return Optional.of(target.resolveAccount(mastodon));
        } catch (MastodonException e) {
            if (!NotOffered.gone(e)) {
                throw e;
            }
            tally.warn("no account " + target.argument() + " is known to " + mastodon.authority());
            return Optional.empty();
        }
    }

    /** The owner of a list timeline is the token's account, asked once; other targets need none. */
    private String owner(Feed target) {
        if (target.kind() != Feed.Kind.LIST) {
            return "";
        }
        if (me == null) {
            me = mastodon.accounts().verifyCredentials().id();
        }
        return me;
    }
}
