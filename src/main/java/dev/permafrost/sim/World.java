package dev.permafrost.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The simulated server's data, generated deterministically from the seed: accounts, statuses,
 * timelines, relations, notifications and tokens, plus the mutations tests make while a client
 * pages. Account and status arguments and results are IDs as the API shows them. Thread-safe:
 * readers share a lock, each mutation holds it exclusively, so every page is consistent.
 */
public final class World {
    private static final Logger LOG = Logger.getLogger(World.class.getName());
    /** The ways an account opts out of crawling or indexing. */
    public enum OptOut { NOT_DISCOVERABLE, NOINDEX, NOBOT, NOARCHIVE }

    final SimConfig config;
    final IdCodec codec;
    final Timelines timelines = new Timelines();
    final Social social = new Social();
    final Inbox inbox = new Inbox();
    final Extras extras = new Extras();
    final MediaStore media = new MediaStore();
    final Moderation moderation = new Moderation();
    final Blocklists blocklists = new Blocklists();
    final TrendReview trendReview;
    final Auth auth;
    final Auth.App simApp;
    final StatusWriter writer;
    /** Posts by Idempotency-Key (token + key) for an hour. */
    final Map<String, long[]> idempotency = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final WorldGenerator generator;
    private final List<Consumer<RecordedRequest>> hooks = new CopyOnWriteArrayList<>();
    private final Auth.Token user;
    private final Auth.Token admin;
    private final Auth.Token readOnly;
    private final Auth.Token app;
    private final SplittableRandom live;

    private World(SimConfig config) {
        this.config = config;
        this.codec = new IdCodec(config.opaqueIds());
        this.auth = new Auth(config.seed());
        this.generator = new WorldGenerator(config, timelines, social, inbox, extras);
        this.live = new SplittableRandom(TextGen.mix(config.seed(), 0x11FE));
        this.writer = new StatusWriter(config, timelines, social, inbox, live);
        generator.generate();
        trendReview = new TrendReview(config.seed());
        seedReports();
        simApp = auth.registerApp("Permafrost sim", "", List.of("urn:ietf:wg:oauth:2.0:oob"),
                Set.of("read", "write", "follow", "push", "profile", "admin:read", "admin:write"));
        user = auth.issueSeeded(simApp, 0, Set.of("read", "write", "follow", "push"));
        admin = auth.issueSeeded(simApp, 1, Set.of("read", "write", "follow", "push", "admin:read", "admin:write"));
        readOnly = auth.issueSeeded(simApp, 0, Set.of("read"));
        app = auth.issueSeeded(simApp, -1, Set.of("read", "write", "push"));
    }

    /** Generates a world; {@link SimServer#start} does this, tests of generation may call it directly. */
    public static World generate(SimConfig config) {
        return new World(config);
    }

    // ---- tokens ----

    /** Token of the main user with read, write, follow and push scopes. */
    public String userToken() {
        return user.value();
    }

    /** Token of the admin user with admin:read and admin:write besides the user scopes. */
    public String adminToken() {
        return admin.value();
    }

    /** Token of the main user with the read scope only. */
    public String readOnlyToken() {
        return readOnly.value();
    }

    /** Client-credentials token of the sim's app: no user behind it. */
    public String appToken() {
        return app.value();
    }

    // ---- accounts ----

    /** ID of the main user ("alice"). */
    public String me() {
        return read(() -> codec.encode(social.accounts.get(0).id));
    }

    /** ID of the admin user. */
    public String admin() {
        return read(() -> codec.encode(social.accounts.get(1).id));
    }

    /** Every account ID, in creation order (the main user first, then the admin). */
    public List<String> accountIds() {
        return read(() -> {
            List<String> ids = new ArrayList<>();
            for (AccountRow account : social.accounts) {
                ids.add(codec.encode(account.id));
            }
            return ids;
        });
    }

    /** The {@code acct} of an account ("name" or "name@domain"). */
    public String acct(String accountId) {
        return read(() -> social.accounts.get(accountIndex(accountId)).acct());
    }

    /** Accounts that opt out in any way (not discoverable, noindex, #nobot or #noarchive in the bio). */
    public Set<String> optedOutAccountIds() {
        return read(() -> {
            Set<String> ids = new LinkedHashSet<>();
            for (AccountRow account : social.accounts) {
                if (account.optedOut()) {
                    ids.add(codec.encode(account.id));
                }
            }
            return ids;
        });
    }

    /** Accounts that opt out in the given way. */
    public Set<String> optedOutAccountIds(OptOut kind) {
        return read(() -> {
            Set<String> ids = new LinkedHashSet<>();
            for (AccountRow account : social.accounts) {
                boolean match = switch (kind) {
                    case NOT_DISCOVERABLE -> !account.discoverable;
                    case NOINDEX -> account.noindex;
                    case NOBOT -> account.nobot;
                    case NOARCHIVE -> account.noarchive;
                };
                if (match) {
                    ids.add(codec.encode(account.id));
                }
            }
            return ids;
        });
    }

    // ---- counts and IDs (newest first, as the API pages them) ----

    public int statusCount() {
        return read(() -> timelines.all.size());
    }

    public int publicTimelineCount() {
        return read(() -> timelines.publicTimeline.size());
    }

    public List<String> publicTimelineIds() {
        return read(() -> keys(timelines.publicTimeline));
    }

    public int homeTimelineCount() {
        return read(() -> timelines.home.size());
    }

    public List<String> homeTimelineIds() {
        return read(() -> keys(timelines.home));
    }

    /** Statuses an account has (boosts, replies and direct messages included). */
    public int accountStatusCount(String accountId) {
        return read(() -> timelines.byAuthor.get(accountIndex(accountId)).size());
    }

    public List<String> accountStatusIds(String accountId) {
        return read(() -> keys(timelines.byAuthor.get(accountIndex(accountId))));
    }

    /** The hashtags statuses of this world use (without '#'). */
    public List<String> tags() {
        return TextGen.TAGS;
    }

    /** Statuses on a hashtag's timeline (public, not replies, not boosts). */
    public int tagTimelineCount(String hashtag) {
        int bit = StatusWriter.tagBit(hashtag);
        return read(() -> count(timelines.publicTimeline, row -> (timelines.rows.tags(row) & bit) != 0));
    }

    public int followersCount() {
        return read(() -> social.followers.size());
    }

    public List<String> followerIds() {
        return read(() -> targetsAsAccounts(social.followers));
    }

    public int followingCount() {
        return read(() -> social.following.size());
    }

    public List<String> followingIds() {
        return read(() -> targetsAsAccounts(social.following));
    }

    public int favouritesCount() {
        return read(() -> social.favourites.size());
    }

    /** IDs of the favourited statuses, most recently favourited first. */
    public List<String> favouritedStatusIds() {
        return read(() -> targetsAsStatuses(social.favourites));
    }

    public int bookmarksCount() {
        return read(() -> social.bookmarks.size());
    }

    public List<String> bookmarkedStatusIds() {
        return read(() -> targetsAsStatuses(social.bookmarks));
    }

    public int notificationsCount() {
        return read(() -> inbox.notificationIndex.size());
    }

    public List<String> notificationIds() {
        return read(() -> keys(inbox.notificationIndex));
    }

    public int listsCount() {
        return read(() -> social.lists.size());
    }

    public List<String> listIds() {
        return read(() -> social.lists.stream().map(list -> codec.encode(list.id)).toList());
    }

    public int listMembersCount(String listId) {
        return read(() -> social.list(codec.decode(listId))
                .orElseThrow(() -> new IllegalArgumentException("no list " + listId)).members.size());
    }

    public int blocksCount() {
        return read(() -> social.blocks.size());
    }

    public int mutesCount() {
        return read(() -> social.mutes.size());
    }

    public int domainBlocksCount() {
        return read(() -> social.domainBlocks.size());
    }

    public int followedTagsCount() {
        return read(() -> social.followedTags.size());
    }

    public int followRequestsCount() {
        return read(() -> social.followRequests.size());
    }

    public int endorsementsCount() {
        return read(() -> social.endorsements.size());
    }

    public int filtersCount() {
        return read(() -> extras.filters.size());
    }

    public int scheduledStatusesCount() {
        return read(() -> extras.scheduled.size());
    }

    public int conversationsCount() {
        return read(() -> inbox.conversations.size());
    }

    /** Statuses with an edit history (edited_at set). */
    public List<String> editedStatusIds() {
        return read(() -> rowsWhere(row -> timelines.rows.edits(row) > 0 || writer.overridden(row) && timelines.overrides.get(row).revisions.size() > 1));
    }

    /** Statuses carrying a poll. */
    public List<String> pollStatusIds() {
        return read(() -> rowsWhere(row -> timelines.rows.has(row, StatusTable.POLL)));
    }

    // ---- mutations ----

    /** Posts a public status now by an account; returns its ID. */
    public String postStatus(String accountId, String text) {
        return write(() -> {
            int author = accountIndex(accountId);
            return codec.encode(timelines.rows.id(writer.addLive(writer.nextLiveId(), author, text, writer.onHome(author))));
        });
    }

    /** Posts n statuses now where asked; returns their IDs, oldest first. */
    public List<String> postStatuses(int n, Where where) {
        return write(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(codec.encode(timelines.rows.id(addWhere(writer.nextLiveId(), where, "Fresh post " + (i + 1)))));
            }
            return ids;
        });
    }

    /**
     * Adds a status created at an old time, so its ID sorts below cursors a client has already
     * passed (a backfilled or late-federated status); returns its ID.
     */
    public String addBackdatedStatus(Where where, Instant createdAt) {
        return write(() -> {
            long id = Snowflake.of(createdAt.toEpochMilli(), live.nextInt(1 << 16));
            while (timelines.all.contains(id)) {
                id++;
            }
            return codec.encode(timelines.rows.id(addWhere(id, where, "Backdated post")));
        });
    }

    /** Edits a status: new text, edited_at set, one more revision in its history. */
    public void editStatus(String statusId, String newText) {
        write(() -> {
            int row = statusRow(statusId);
            StatusOverride override = writer.override(row);
            override.revisions.add(new Revision(newText, override.current().spoilerText(), override.current().sensitive(),
                    Math.max(System.currentTimeMillis(), override.current().atMillis() + 1)));
            return null;
        });
    }

    /** Deletes a status (and the boosts of it, its favourites, bookmarks and notifications); false if unknown. */
    public boolean deleteStatus(String statusId) {
        return write(() -> {
            int row = timelines.row(codec.decode(statusId));
            if (row < 0) {
                return false;
            }
            writer.delete(row);
            return true;
        });
    }

    /** Adds n notifications of random types now; returns their IDs. */
    public List<String> addNotifications(int n) {
        return write(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                generator.addNotification(Math.max(System.currentTimeMillis(), config.historyEnd().toEpochMilli() + 1));
                ids.add(codec.encode(inbox.notificationIndex.lastKey()));
            }
            return ids;
        });
    }

    /** The main user favourites n more statuses; returns the status IDs. */
    public List<String> addFavourites(int n) {
        return write(() -> pickMore(social.favourites, n));
    }

    /** The main user bookmarks n more statuses; returns the status IDs. */
    public List<String> addBookmarks(int n) {
        return write(() -> pickMore(social.bookmarks, n));
    }

    /** n more accounts follow the main user; returns their IDs. */
    public List<String> addFollowers(int n) {
        return write(() -> {
            List<String> ids = new ArrayList<>();
            for (int account = 2; account < social.accounts.size() && ids.size() < n; account++) {
                if (!social.followers.contains(account)) {
                    social.followers.add(account);
                    ids.add(codec.encode(social.accounts.get(account).id));
                }
            }
            if (ids.size() < n) {
                throw new IllegalStateException("only " + ids.size() + " accounts were left to follow the main user; raise SimConfig.accounts");
            }
            meChanged();
            return ids;
        });
    }

    /** An account stops following the main user; false if it did not follow. */
    public boolean removeFollower(String accountId) {
        return write(() -> {
            boolean removed = social.followers.remove(accountIndex(accountId));
            meChanged();
            return removed;
        });
    }

    /** The next n media uploads fail processing (GET /api/v1/media/:id answers 422). */
    public void failNextMediaProcessing(int n) {
        media.failNext(n);
    }

    /**
     * Calls the hook for every request after its answer is computed and before it is sent, so a
     * test can change the world between two requests of a crawl.
     */
    public void onRequest(Consumer<RecordedRequest> hook) {
        hooks.add(hook);
    }

    /** Removes every hook added with {@link #onRequest}. */
    public void clearRequestHooks() {
        hooks.clear();
    }

    // ---- moderation ----

    /**
     * A new local account signs up and waits for approval (it can be approved or rejected through
     * the admin API); returns its ID.
     */
    public String signUp(String username, String reason) {
        if (username == null || !username.matches("[A-Za-z0-9_]{1,30}")) {
            throw new IllegalArgumentException("a username is 1 to 30 letters, digits or _: " + username);
        }
        return write(() -> {
            if (social.accountByAcct.containsKey(username.toLowerCase())) {
                throw new IllegalArgumentException("username " + username + " is taken in this world");
            }
            int index = social.accounts.size();
            long id = Snowflake.of(Math.max(System.currentTimeMillis(), Snowflake.millis(social.accountById.lastKey()) + 1),
                    live.nextInt(1 << 16));
            social.addAccount(new AccountRow(index, id, username, "", username, "", List.of(), false, false, false,
                    false, false, false, false, TextGen.hex(live.nextLong(), 16), TextGen.hex(live.nextLong(), 16)));
            timelines.addAuthor();
            Moderation.Standing standing = moderation.change(index);
            standing.approved = false;
            standing.inviteRequest = reason;
            return codec.encode(id);
        });
    }

    /** An account reports another (and some of its statuses); returns the report's ID. */
    public String fileReport(String reporterId, String targetId, List<String> statusIds, String category, String comment) {
        return write(() -> {
            List<Long> statuses = statusIds.stream().map(id -> timelines.rows.id(statusRow(id))).toList();
            Moderation.Report report = moderation.file(accountIndex(reporterId), accountIndex(targetId), statuses,
                    category, category.equals("violation") ? List.of("1") : List.of(), comment, System.currentTimeMillis());
            return codec.encode(report.id);
        });
    }

    /** Issues a token of the sim's app for an account with these scopes (for tests of scopes and roles). */
    public String issueToken(String accountId, Set<String> scopes) {
        int account = read(() -> accountIndex(accountId));
        return auth.issue(simApp, account, scopes).value();
    }

    /** A few reports the main user filed, so a fresh world has a moderation queue. */
    private void seedReports() {
        String[] categories = {"spam", "violation", "other"};
        long at = config.historyEnd().toEpochMilli();
        for (int i = 0; i < categories.length && 2 + i < social.accounts.size(); i++) {
            int target = 2 + i;
            IdIndex statuses = timelines.byAuthor.get(target);
            List<Long> reported = statuses.size() == 0 ? List.of() : List.of(statuses.lastKey());
            moderation.file(0, target, reported, categories[i], categories[i].equals("violation") ? List.of("1") : List.of(),
                    "Seeded report " + (i + 1), at - (categories.length - i) * 3_600_000L);
        }
    }

    // ---- package-private machinery for the handlers ----

    /** Runs the hooks; a failing hook is logged and does not stop the answer. */
    void fireRequest(RecordedRequest request) {
        for (Consumer<RecordedRequest> hook : hooks) {
            try {
                hook.accept(request);
            } catch (RuntimeException | AssertionError e) {
                LOG.log(Level.WARNING, "request hook failed on " + request.path(), e);
            }
        }
    }

    <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int addWhere(long id, Where where, String text) {
        return switch (where.kind()) {
            case HOME -> {
                if (social.following.size() == 0) {
                    throw new IllegalStateException("the main user follows nobody; raise SimConfig.following");
                }
                int author = social.following.index().value(live.nextInt(social.following.size()));
                yield writer.addLive(id, author, text, true);
            }
            case PUBLIC -> writer.addLive(id, stranger(), text, false);
            case ACCOUNT -> {
                int author = accountIndex(where.value());
                yield writer.addLive(id, author, text, writer.onHome(author));
            }
            case TAG -> {
                StatusWriter.tagBit(where.value());
                yield writer.addLive(id, stranger(), text + " #" + where.value(), false);
            }
        };
    }

    private int stranger() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int account = 2 + live.nextInt(social.accounts.size() - 2);
            if (!social.following.contains(account)) {
                return account;
            }
        }
        throw new IllegalStateException("the main user follows everyone; lower SimConfig.following");
    }

    int accountIndex(String accountId) {
        int index = social.account(codec.decode(accountId));
        if (index < 0) {
            throw new IllegalArgumentException("no account " + accountId + " in this world");
        }
        return index;
    }

    int statusRow(String statusId) {
        int row = timelines.row(codec.decode(statusId));
        if (row < 0) {
            throw new IllegalArgumentException("no status " + statusId + " in this world");
        }
        return row;
    }

    /** Whether a viewer (account index, -1 for anonymous) may see a status row. */
    boolean visibleTo(int row, int viewer) {
        int author = timelines.rows.author(row);
        return switch (timelines.rows.visibility(row)) {
            case StatusTable.PUBLIC, StatusTable.UNLISTED -> true;
            case StatusTable.PRIVATE -> viewer == author || viewer == 0 && social.following.contains(author);
            default -> viewer == author || viewer == timelines.rows.mention(row);
        };
    }

    private void meChanged() {
        AccountRow me = social.accounts.get(0);
        me.followersCount = social.followers.size();
        me.followingCount = social.following.size();
        me.touch();
    }

    private List<String> pickMore(Relations relations, int n) {
        List<String> ids = new ArrayList<>();
        IdIndex pool = timelines.publicTimeline.size() > 0 ? timelines.publicTimeline : timelines.all;
        for (int attempt = 0; attempt < n * 100 && ids.size() < n; attempt++) {
            int row = pool.value(live.nextInt(pool.size()));
            if (!relations.contains(row)) {
                relations.add(row);
                ids.add(codec.encode(timelines.rows.id(row)));
            }
        }
        return ids;
    }

    private List<String> keys(IdIndex index) {
        List<String> ids = new ArrayList<>(index.size());
        for (int i = index.size() - 1; i >= 0; i--) {
            ids.add(codec.encode(index.key(i)));
        }
        return ids;
    }

    private List<String> targetsAsAccounts(Relations relations) {
        List<String> ids = new ArrayList<>();
        for (int i = relations.size() - 1; i >= 0; i--) {
            ids.add(codec.encode(social.accounts.get(relations.index().value(i)).id));
        }
        return ids;
    }

    private List<String> targetsAsStatuses(Relations relations) {
        List<String> ids = new ArrayList<>();
        for (int i = relations.size() - 1; i >= 0; i--) {
            ids.add(codec.encode(timelines.rows.id(relations.index().value(i))));
        }
        return ids;
    }

    private List<String> rowsWhere(IntPredicate test) {
        List<String> ids = new ArrayList<>();
        for (int i = timelines.all.size() - 1; i >= 0; i--) {
            if (test.test(timelines.all.value(i))) {
                ids.add(codec.encode(timelines.all.key(i)));
            }
        }
        return Collections.unmodifiableList(ids);
    }

    private static int count(IdIndex index, IntPredicate test) {
        int count = 0;
        for (int i = 0; i < index.size(); i++) {
            if (test.test(index.value(i))) {
                count++;
            }
        }
        return count;
    }
}
