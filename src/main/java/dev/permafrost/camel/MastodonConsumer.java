package dev.permafrost.camel;

import dev.permafrost.camel.crawl.CollectionCrawler;
import dev.permafrost.camel.crawl.CrawlOptions;
import dev.permafrost.camel.crawl.CrawlResult;
import dev.permafrost.camel.crawl.Source;
import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.store.Archive;
import dev.permafrost.store.Batch;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one collection: each poll runs the {@link CollectionCrawler} from the checkpoint stored in
 * the endpoint's archive up to the newest item, and hands every page to the route as one exchange
 * (body: the page's entities, raw JSON kept; headers: {@link MastodonConstants}; the page's
 * {@link Batch} with its checkpoint in {@link MastodonConstants#BATCH}). Exchanges are processed one
 * at a time, synchronously; the first that fails ends the poll, so the checkpoint stays where the
 * last stored page left it and the next poll reads the failed page again.
 *
 * <p>A page without items that only moves the checkpoint (the first poll of {@code start=now}, an
 * empty last page) is written to the archive directly: there is nothing for the route to store.
 */
public class MastodonConsumer extends ScheduledPollConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(MastodonConsumer.class);

    private final MastodonEndpoint endpoint;
    private final Feed feed;
    private final ReentrantLock polling = new ReentrantLock();
    private volatile Source source;
    private volatile PollReport lastReport;
    private volatile boolean warnedNotStored;
    private ExecutorService prefetching;

    MastodonConsumer(MastodonEndpoint endpoint, Processor processor, Feed feed) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.feed = feed;
    }

    @Override
    public MastodonEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        SourceOptions.of(endpoint.getConfiguration()).check(feed, "mastodon:" + endpoint.getConfiguration().getCollection());
        endpoint.requireArchive();
        if (endpoint.getConfiguration().isPrefetch()) {
            prefetching = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadExecutor(this, "mastodon-prefetch");
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (prefetching != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(prefetching);
            prefetching = null;
        }
    }

    /** What the last poll did, if there was one. */
    public Optional<PollReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /**
     * A scheduled poll. A failure of the server or the archive is thrown, for Camel to log and
     * count; a failure of the route was handled by the route's error handler and only ends the poll.
     */
    @Override
    protected int poll() {
        Outcome outcome = pollAndReport();
        if (outcome.thrown() != null) {
            throw outcome.thrown();
        }
        return (int) Math.min(Integer.MAX_VALUE, outcome.report().pages());
    }

    /**
     * Polls once now, outside the schedule (for {@code permafrost run --once} and tools); waits
     * while a scheduled poll is running. Never throws for a failed poll: the report says why.
     */
    public PollReport pollOnce() {
        return pollAndReport().report();
    }

    /** A poll's report, and what the server or archive threw, if anything. */
    private record Outcome(PollReport report, RuntimeException thrown) {}

    private Outcome pollAndReport() {
        polling.lock();
        try {
            PollState state = new PollState();
            String name = endpoint.getConfiguration().getCollection();
            PollReport report;
            RuntimeException thrown = null;
            try {
                Source resolved = source();
                name = resolved.key().toString();
                Archive archive = endpoint.requireArchive();
                CollectionCrawler crawler = new CollectionCrawler(prefetched(resolved, state), options(),
                        Clock.systemUTC());
                CrawlResult result = crawler.poll(archive, batch -> handOver(batch, resolved, archive, state));
                report = new PollReport(name, state.pages, state.items, result.upToDate(), Optional.empty());
            } catch (RouteFailed e) {
                report = new PollReport(name, state.pages, state.items, false, Optional.of("the route failed on page "
                        + (state.pages + 1) + ": " + describe(e.getCause())));
                LOG.warn("{}: the route failed on page {}; this poll stops, and the next one reads that page again: {}",
                        name, state.pages + 1, describe(e.getCause()));
            } catch (RuntimeException e) {
                report = new PollReport(name, state.pages, state.items, false, Optional.of(describe(e)));
                thrown = e;
            } finally {
                state.closePrefetch();
            }
            if (report.succeeded()) {
                if (report.items() > 0) {
                    LOG.info("{}", report.describe());
                } else {
                    LOG.debug("{}", report.describe());
                }
            }
            lastReport = report;
            return new Outcome(report, thrown);
        } finally {
            polling.unlock();
        }
    }

    /** The source of the collection, its {@code me} or {@code @user@host} resolved once, on the first poll. */
    private Source source() {
        Source known = source;
        if (known != null) {
            return known;
        }
        Mastodon mastodon = endpoint.client();
        Feed resolved = feed;
        String me = "";
        if (mastodon.hasAccessToken() && new MastodonPath.Collection(feed).isTheUsers()) {
            me = mastodon.accounts().verifyCredentials().id();
        }
        if (resolved.argument().equals(MastodonPath.ME)) {
            resolved = new Feed(resolved.kind(), me);
        }
        resolved = resolved.resolveAccount(mastodon);
        Source base = Source.of(mastodon, resolved, me);
        known = SourceOptions.of(endpoint.getConfiguration()).narrow(base, mastodon, resolved);
        source = known;
        return known;
    }

    private CrawlOptions options() {
        MastodonConfiguration configuration = endpoint.getConfiguration();
        return CrawlOptions.defaults()
                .withStart(endpoint.startPoint(Instant.now()))
                .withPageSize(configuration.getPageSize())
                .withPagesPerPoll(configuration.getPagesPerPoll())
                .withMaxItems(configuration.getMaxItems())
                .withStop(this::stopRequested);
    }

    /** Whether the consumer is being stopped or suspended: the crawl then ends after the page in hand. */
    boolean stopRequested() {
        return !isRunAllowed() || isSuspendingOrSuspended();
    }

    private Source prefetched(Source resolved, PollState state) {
        if (prefetching == null) {
            return resolved;
        }
        MastodonConfiguration configuration = endpoint.getConfiguration();
        state.prefetcher = new Prefetcher(resolved.pages(), prefetching, page -> {
            // The crawler stops after this page when it ends the page budget or reaches maxItems.
            boolean budgetLeft = configuration.getPagesPerPoll() == 0 || state.pages + 1 < configuration.getPagesPerPoll();
            boolean itemsLeft = configuration.getMaxItems() == 0 || state.items + page.size() < configuration.getMaxItems();
            return budgetLeft && itemsLeft && !stopRequested();
        });
        return new Source(resolved.key(), resolved.paging(), state.prefetcher, resolved.idOf());
    }

    private void handOver(Batch batch, Source resolved, Archive archive, PollState state) {
        if (batch.items().isEmpty()) {
            archive.write(batch);
            return;
        }
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getIn();
            message.setBody(batch.items());
            message.setHeader(MastodonConstants.INSTANCE, batch.key().instance());
            message.setHeader(MastodonConstants.ACCOUNT, batch.key().account());
            message.setHeader(MastodonConstants.COLLECTION, batch.key().collection());
            message.setHeader(MastodonConstants.PAGE, state.pages + 1);
            message.setHeader(MastodonConstants.ITEM_COUNT, batch.items().size());
            batch.pageCursor().ifPresent(cursor -> message.setHeader(MastodonConstants.CURSOR, cursor));
            batch.checkpoint().ifPresent(checkpoint -> message.setHeader(MastodonConstants.CHECKPOINT, checkpoint));
            message.setHeader(MastodonConstants.BATCH, batch);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                throw new RouteFailed(exchange.getException());
            }
            warnIfNotStored(exchange.getProperty(ArchiveProducer.STORED, String.class), resolved, state);
            state.pages++;
            state.items += batch.items().size();
        } finally {
            releaseExchange(exchange, false);
        }
    }

    /** Says once when the route does not store its pages where this consumer reads its checkpoints. */
    private void warnIfNotStored(String storedIn, Source resolved, PollState state) {
        if (warnedNotStored) {
            return;
        }
        String readFrom = OpenArchives.key(endpoint.getConfiguration().getArchive());
        if (storedIn == null) {
            warnedNotStored = true;
            LOG.warn("{}: the route processed page {} without storing it in an archive: endpoint, so the"
                    + " checkpoint does not move and the next poll reads the same pages again", resolved.key(),
                    state.pages + 1);
        } else if (!storedIn.equals(readFrom)) {
            warnedNotStored = true;
            LOG.warn("{}: the route stores its pages in {}, but the consumer reads its checkpoints from {} (option"
                    + " archive): the checkpoint there does not move; give both the same store", resolved.key(),
                    storedIn, readFrom);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
        return "MastodonConsumer[" + endpoint + "]";
    }

    /** Counters of one poll. */
    private static final class PollState {
        long pages;
        long items;
        Prefetcher prefetcher;

        void closePrefetch() {
            if (prefetcher != null) {
                prefetcher.drop();
            }
        }
    }

    /** A page the route failed to process; it ends the poll. */
    private static final class RouteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RouteFailed(Throwable cause) {
            super(cause);
        }
    }
}
