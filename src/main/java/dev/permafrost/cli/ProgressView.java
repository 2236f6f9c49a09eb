package dev.permafrost.cli;

import dev.permafrost.camel.crawl.CollectionReport;
import dev.permafrost.camel.crawl.CrawlListener;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.ratelimit.RateLimiter;
import dev.permafrost.client.ratelimit.RequestFamily;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * Progress bars on the terminal (stderr), one per collection while it is read: items, pages, the
 * rate budget left, and an estimate of the time left from that budget. Shown only to a person at
 * a terminal: never under cron, in a pipe, or with {@code --quiet}. Thread-safe.
 */
final class ProgressView implements CrawlListener {
    private final Map<String, Mastodon> clients;
    private final boolean showInstance;
    private final Map<String, Bar> bars = new ConcurrentHashMap<>();

    private ProgressView(Map<String, Mastodon> clients) {
        this.clients = Map.copyOf(clients);
        this.showInstance = clients.size() > 1;
    }

    /**
     * A view with bars when asked and a person is at a terminal, else one that shows nothing.
     *
     * @param clients the clients by instance authority, whose rate budgets the estimates read
     */
    static CrawlListener of(boolean wanted, Map<String, Mastodon> clients) {
        return wanted && interactive() ? new ProgressView(clients) : CrawlListener.NONE;
    }

    /** Whether stdin and stdout are a terminal (what {@link System#console()} says on Java 17). */
    static boolean interactive() {
        return System.console() != null;
    }

    private record Bar(ProgressBar bar, AtomicLong pages) {}

    private static String key(String instance, String collection) {
        return instance + " " + collection;
    }

    @Override
    public void started(String instance, String collection, long expectedItems) {
        AtomicLong pages = new AtomicLong();
        ProgressBar bar = ProgressBar.builder()
                .setTaskName(showInstance ? key(instance, collection) : collection)
                .setInitialMax(expectedItems)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setEtaFunction(state -> eta(instance, state, pages.get()))
                .build();
        bars.put(key(instance, collection), new Bar(bar, pages));
    }

    @Override
    public void progressed(String instance, String collection, long items, long pages) {
        Bar bar = bars.get(key(instance, collection));
        if (bar == null) {
            return;
        }
        bar.pages().set(pages);
        bar.bar().stepTo(items);
        Mastodon client = clients.get(instance);
        RateLimiter.Snapshot budget = client == null ? null : client.rateLimit(RequestFamily.PAGING);
        bar.bar().setExtraMessage(pages + (pages == 1 ? " page" : " pages")
                + (budget == null || budget.limit() < 0 ? "" : ", budget " + budget.remaining() + "/" + budget.limit()));
    }

    @Override
    public void finished(CollectionReport report) {
        Bar bar = bars.remove(key(report.instance(), report.name()));
        if (bar == null) {
            return;
        }
        if (bar.bar().getMax() >= 0 && report.complete()) {
            bar.bar().maxHint(report.items());
        }
        bar.bar().stepTo(report.items());
        bar.bar().setExtraMessage(report.outcome().name().toLowerCase(java.util.Locale.ROOT));
        bar.bar().close();
    }

    private Optional<Duration> eta(String instance, ProgressState state, long pages) {
        if (state.isIndefinite() || state.getCurrent() <= 0 || pages <= 0) {
            return Optional.empty();
        }
        double perPage = (double) state.getCurrent() / pages;
        long requests = (long) Math.ceil(Math.max(0, state.getMax() - state.getCurrent()) / perPage);
        Duration perRequest = state.getElapsedAfterStart().dividedBy(pages);
        Mastodon client = clients.get(instance);
        return client == null ? Optional.empty() : RateEstimate.of(requests, client.rateLimit(RequestFamily.PAGING), perRequest);
    }
}
