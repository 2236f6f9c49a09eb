package dev.permafrost.cli;

import dev.permafrost.client.Direction;
import dev.permafrost.client.Feed;
import dev.permafrost.client.Mastodon;
import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.paging.ForwardSync;
import dev.permafrost.client.paging.SyncPage;
import dev.permafrost.client.ratelimit.RateLimiters;
import dev.permafrost.model.Entity;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code permafrost fetch}: prints a collection as JSON lines, one entity per line, as the server sent it. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Prints a collection, one entity per line as the raw JSON the server sent.",
            "COLLECTION: home, public, local, remote, tag:NAME, list:ID, favourites, bookmarks, notifications,",
            "statuses:ACCOUNT, followers:ACCOUNT, following:ACCOUNT (ACCOUNT: an ID or @user@host).",
            "Without --min-id/--since-id, --all walks from the newest item down to the oldest; with one, it walks",
            "forward from that cursor up to the newest item, without gaps (oldest first).",
            "Exit codes: 0 success, 1 failure, 2 usage error."})
final class FetchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COLLECTION", description = "What to read.")
    String collection;

    @Mixin
    ClientOptions client;

    @Option(names = "--all", description = "Every page, not only the first.")
    boolean all;

    @Option(names = "--pages", paramLabel = "N", description = "At most N pages (default: 1, or all with --all).")
    Integer pages;

    @Option(names = "--limit", paramLabel = "N", description = "Items per page (default: the endpoint's maximum).")
    Integer limit;

    @Option(names = "--max-id", paramLabel = "ID", description = "Only items older than this cursor.")
    String maxId;

    @Option(names = "--since-id", paramLabel = "ID", description = "Only items newer than this cursor.")
    String sinceId;

    @Option(names = "--min-id", paramLabel = "ID", description = "Only items newer than this cursor, from the oldest.")
    String minId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Logins logins;

    FetchCommand(Logins logins) {
        this.logins = logins;
    }

    @Override
    public Integer call() {
        Feed feed = parseFeed();
        if (limit != null && limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        if (pages != null && pages < 1) {
            throw new UsageException("--pages must be at least 1");
        }
        if (minId != null && sinceId != null) {
            throw new UsageException("give --min-id or --since-id, not both");
        }
        Mastodon mastodon = client.client(new RateLimiters(), logins.token(client));
        feed = feed.resolveAccount(mastodon);
        long maxPages = pages != null ? pages : all ? Long.MAX_VALUE : 1;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String lower = minId != null ? minId : sinceId;
        Counter counter = new Counter();
        if (lower != null && maxPages > 1) {
            forward(mastodon, feed, lower, maxPages, out, counter);
        } else {
            backward(mastodon, feed, maxPages, out, counter);
        }
        out.flush();
        err.println("fetched " + counter.items + " " + (counter.items == 1 ? "item" : "items") + " in "
                + counter.pages + (counter.pages == 1 ? " page" : " pages") + " from " + feed + " on " + mastodon.authority());
        return 0;
    }

    private Feed parseFeed() {
        try {
            return Feed.parse(collection);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private PageRequest request() {
        return limit == null ? PageRequest.largest() : PageRequest.newest().limit(limit);
    }

    private void backward(Mastodon mastodon, Feed feed, long maxPages, PrintWriter out, Counter counter) {
        Page<? extends Entity> first = feed.page(mastodon, request().maxId(maxId).sinceId(sinceId).minId(minId));
        Iterator<? extends Page<? extends Entity>> walk = first.walk(Direction.OLDER).limit(maxPages).iterator();
        while (walk.hasNext()) {
            print(walk.next().items(), out, counter);
        }
    }

    @SuppressWarnings("unchecked")
    private void forward(Mastodon mastodon, Feed feed, String from, long maxPages, PrintWriter out, Counter counter) {
        ForwardSync<Entity> sync = ForwardSync.from(request -> (Page<Entity>) feed.page(mastodon, request),
                feed.endpoint().paging(), from, Feed::idOf, limit == null ? 0 : limit);
        for (long page = 0; page < maxPages && sync.hasNext(); page++) {
            SyncPage<Entity> step = sync.next();
            print(step.items(), out, counter);
        }
    }

    private static void print(List<? extends Entity> items, PrintWriter out, Counter counter) {
        for (Entity item : items) {
            out.println(item.raw());
        }
        out.flush();
        counter.pages++;
        counter.items += items.size();
    }

    private static final class Counter {
        long pages;
        long items;
    }
}
