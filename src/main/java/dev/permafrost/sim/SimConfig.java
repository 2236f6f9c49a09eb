package dev.permafrost.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * What the simulator generates and how it behaves: the seed, the size of every collection, opaque
 * IDs, rate limits. Immutable; build one with {@link #builder()}, or start from {@link #small()}
 * (unit tests), {@link #defaults()} or {@link #large()} (benchmarks: a public timeline of a million
 * statuses and no rate limits).
 */
public final class SimConfig {
    private final int accounts;
    private final int myStatuses;
    private final int statusesPerAccount;
    private final int publicTimeline;
    private final int homeTimeline;
    private final int followers;
    private final int following;
    private final int favourites;
    private final int bookmarks;
    private final int notifications;
    private final int lists;
    private final int listMembers;
    private final int blocks;
    private final int mutes;
    private final int domainBlocks;
    private final int followedTags;
    private final int filters;
    private final int scheduledStatuses;
    private final int conversations;
    private final int editedStatuses;
    private final int polls;
    private final long seed;
    private final boolean opaqueIds;
    private final RateLimitConfig rateLimits;
    private final boolean publicTimelinesRequireAuth;
    private final int mediaPollsBeforeReady;
    private final Instant historyEnd;
    private final int maxRecordedRequests;

    private SimConfig(Builder b) {
        this.accounts = b.accounts;
        this.myStatuses = b.myStatuses;
        this.statusesPerAccount = b.statusesPerAccount;
        this.publicTimeline = b.publicTimeline;
        this.homeTimeline = b.homeTimeline;
        this.followers = b.followers;
        this.following = b.following;
        this.favourites = b.favourites;
        this.bookmarks = b.bookmarks;
        this.notifications = b.notifications;
        this.lists = b.lists;
        this.listMembers = b.listMembers;
        this.blocks = b.blocks;
        this.mutes = b.mutes;
        this.domainBlocks = b.domainBlocks;
        this.followedTags = b.followedTags;
        this.filters = b.filters;
        this.scheduledStatuses = b.scheduledStatuses;
        this.conversations = b.conversations;
        this.editedStatuses = b.editedStatuses;
        this.polls = b.polls;
        this.seed = b.seed;
        this.opaqueIds = b.opaqueIds;
        this.rateLimits = b.rateLimits;
        this.publicTimelinesRequireAuth = b.publicTimelinesRequireAuth;
        this.mediaPollsBeforeReady = b.mediaPollsBeforeReady;
        this.historyEnd = b.historyEnd;
        this.maxRecordedRequests = b.maxRecordedRequests;
    }

    /** Mastodon-like defaults (a few thousand statuses). */
    public static SimConfig defaults() {
        return builder().build();
    }

    /** Small sizes (tens of items each) for fast unit tests. */
    public static SimConfig small() {
        return builder()
                .accounts(30)
                .myStatuses(60)
                .statusesPerAccount(3)
                .publicTimeline(60)
                .homeTimeline(80)
                .followers(25)
                .following(20)
                .favourites(45)
                .bookmarks(25)
                .notifications(70)
                .lists(2)
                .listMembers(5)
                .blocks(5)
                .mutes(5)
                .domainBlocks(5)
                .followedTags(5)
                .filters(2)
                .scheduledStatuses(3)
                .conversations(6)
                .editedStatuses(8)
                .polls(5)
                .build();
    }

    /** A public timeline of 1,000,000 statuses and no rate limits, for benchmarks. */
    public static SimConfig large() {
        return small().toBuilder().publicTimeline(1_000_000).rateLimits(RateLimitConfig.unlimited()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.accounts = accounts;
        b.myStatuses = myStatuses;
        b.statusesPerAccount = statusesPerAccount;
        b.publicTimeline = publicTimeline;
        b.homeTimeline = homeTimeline;
        b.followers = followers;
        b.following = following;
        b.favourites = favourites;
        b.bookmarks = bookmarks;
        b.notifications = notifications;
        b.lists = lists;
        b.listMembers = listMembers;
        b.blocks = blocks;
        b.mutes = mutes;
        b.domainBlocks = domainBlocks;
        b.followedTags = followedTags;
        b.filters = filters;
        b.scheduledStatuses = scheduledStatuses;
        b.conversations = conversations;
        b.editedStatuses = editedStatuses;
        b.polls = polls;
        b.seed = seed;
        b.opaqueIds = opaqueIds;
        b.rateLimits = rateLimits;
        b.publicTimelinesRequireAuth = publicTimelinesRequireAuth;
        b.mediaPollsBeforeReady = mediaPollsBeforeReady;
        b.historyEnd = historyEnd;
        b.maxRecordedRequests = maxRecordedRequests;
        return b;
    }

    public long seed() {
        return seed;
    }

    /** Whether IDs are non-numeric strings (still sortable by the server, opaque to a client). */
    public boolean opaqueIds() {
        return opaqueIds;
    }

    public RateLimitConfig rateLimits() {
        return rateLimits;
    }

    /** Whether the public and hashtag timelines answer only to a token (Mastodon 4.5's timelines_access). */
    public boolean publicTimelinesRequireAuth() {
        return publicTimelinesRequireAuth;
    }

    /** How many polls of {@code GET /api/v1/media/:id} answer 206 before 200; 0 makes uploads answer 200 at once. */
    public int mediaPollsBeforeReady() {
        return mediaPollsBeforeReady;
    }

    /** The time of the newest generated status; generated history lies before it, so output does not depend on the clock. */
    public Instant historyEnd() {
        return historyEnd;
    }

    /** How many requests the request log keeps (its count goes on past that). */
    public int maxRecordedRequests() {
        return maxRecordedRequests;
    }

    /** Number of accounts in the world, the main user and the admin included (raised to fit followers/following). */
    public int accounts() {
        return accounts;
    }

    /** Number of statuses of the main user. */
    public int myStatuses() {
        return myStatuses;
    }

    /** Number of statuses of each other account. */
    public int statusesPerAccount() {
        return statusesPerAccount;
    }

    /** Number of extra public statuses spread over the other accounts (the federated firehose). */
    public int publicTimeline() {
        return publicTimeline;
    }

    /** Number of statuses kept on the main user's home feed (Mastodon's feed cap). */
    public int homeTimeline() {
        return homeTimeline;
    }

    /** Number of followers of the main user. */
    public int followers() {
        return followers;
    }

    /** Number of accounts the main user follows. */
    public int following() {
        return following;
    }

    /** Number of favourites of the main user. */
    public int favourites() {
        return favourites;
    }

    /** Number of bookmarks of the main user. */
    public int bookmarks() {
        return bookmarks;
    }

    /** Number of notifications of the main user. */
    public int notifications() {
        return notifications;
    }

    /** Number of lists of the main user. */
    public int lists() {
        return lists;
    }

    /** Number of members of each list. */
    public int listMembers() {
        return listMembers;
    }

    /** Number of accounts the main user blocks. */
    public int blocks() {
        return blocks;
    }

    /** Number of accounts the main user mutes. */
    public int mutes() {
        return mutes;
    }

    /** Number of domains the main user blocks. */
    public int domainBlocks() {
        return domainBlocks;
    }

    /** Number of hashtags the main user follows (at most 32). */
    public int followedTags() {
        return followedTags;
    }

    /** Number of filters of the main user. */
    public int filters() {
        return filters;
    }

    /** Number of scheduled statuses of the main user. */
    public int scheduledStatuses() {
        return scheduledStatuses;
    }

    /** Number of direct conversations of the main user. */
    public int conversations() {
        return conversations;
    }

    /** Number of statuses with an edit history. */
    public int editedStatuses() {
        return editedStatuses;
    }

    /** Number of statuses with a poll. */
    public int polls() {
        return polls;
    }

    @Override
    public String toString() {
        return "SimConfig[seed=" + seed + ", accounts=" + accounts + ", myStatuses=" + myStatuses
                + ", publicTimeline=" + publicTimeline + ", opaqueIds=" + opaqueIds + ", rateLimits=" + rateLimits + "]";
    }

    /** Builds a {@link SimConfig}; every size defaults to {@link SimConfig#defaults()}. */
    public static final class Builder {
        private int accounts = 200;
        private int myStatuses = 400;
        private int statusesPerAccount = 10;
        private int publicTimeline = 1000;
        private int homeTimeline = 400;
        private int followers = 150;
        private int following = 120;
        private int favourites = 300;
        private int bookmarks = 100;
        private int notifications = 500;
        private int lists = 5;
        private int listMembers = 10;
        private int blocks = 20;
        private int mutes = 20;
        private int domainBlocks = 30;
        private int followedTags = 12;
        private int filters = 5;
        private int scheduledStatuses = 5;
        private int conversations = 30;
        private int editedStatuses = 40;
        private int polls = 30;
        private long seed = 42;
        private boolean opaqueIds;
        private RateLimitConfig rateLimits = RateLimitConfig.mastodon();
        private boolean publicTimelinesRequireAuth;
        private int mediaPollsBeforeReady = 1;
        private Instant historyEnd = Instant.parse("2026-06-01T12:00:00Z");
        private int maxRecordedRequests = 100_000;

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder opaqueIds(boolean opaqueIds) {
            this.opaqueIds = opaqueIds;
            return this;
        }

        public Builder rateLimits(RateLimitConfig rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
            return this;
        }

        public Builder publicTimelinesRequireAuth(boolean required) {
            this.publicTimelinesRequireAuth = required;
            return this;
        }

        public Builder mediaPollsBeforeReady(int polls) {
            this.mediaPollsBeforeReady = nonNegative(polls, "mediaPollsBeforeReady");
            return this;
        }

        public Builder historyEnd(Instant end) {
            this.historyEnd = Objects.requireNonNull(end, "historyEnd");
            return this;
        }

        public Builder maxRecordedRequests(int max) {
            this.maxRecordedRequests = nonNegative(max, "maxRecordedRequests");
            return this;
        }

        public Builder accounts(int accounts) {
            this.accounts = nonNegative(accounts, "accounts");
            return this;
        }

        public Builder myStatuses(int myStatuses) {
            this.myStatuses = nonNegative(myStatuses, "myStatuses");
            return this;
        }

        public Builder statusesPerAccount(int statusesPerAccount) {
            this.statusesPerAccount = nonNegative(statusesPerAccount, "statusesPerAccount");
            return this;
        }

        public Builder publicTimeline(int publicTimeline) {
            this.publicTimeline = nonNegative(publicTimeline, "publicTimeline");
            return this;
        }

        public Builder homeTimeline(int homeTimeline) {
            this.homeTimeline = nonNegative(homeTimeline, "homeTimeline");
            return this;
        }

        public Builder followers(int followers) {
            this.followers = nonNegative(followers, "followers");
            return this;
        }

        public Builder following(int following) {
            this.following = nonNegative(following, "following");
            return this;
        }

        public Builder favourites(int favourites) {
            this.favourites = nonNegative(favourites, "favourites");
            return this;
        }

        public Builder bookmarks(int bookmarks) {
            this.bookmarks = nonNegative(bookmarks, "bookmarks");
            return this;
        }

        public Builder notifications(int notifications) {
            this.notifications = nonNegative(notifications, "notifications");
            return this;
        }

        public Builder lists(int lists) {
            this.lists = nonNegative(lists, "lists");
            return this;
        }

        public Builder listMembers(int listMembers) {
            this.listMembers = nonNegative(listMembers, "listMembers");
            return this;
        }

        public Builder blocks(int blocks) {
            this.blocks = nonNegative(blocks, "blocks");
            return this;
        }

        public Builder mutes(int mutes) {
            this.mutes = nonNegative(mutes, "mutes");
            return this;
        }

        public Builder domainBlocks(int domainBlocks) {
            this.domainBlocks = nonNegative(domainBlocks, "domainBlocks");
            return this;
        }

        public Builder followedTags(int followedTags) {
            this.followedTags = nonNegative(followedTags, "followedTags");
            return this;
        }

        public Builder filters(int filters) {
            this.filters = nonNegative(filters, "filters");
            return this;
        }

        public Builder scheduledStatuses(int scheduledStatuses) {
            this.scheduledStatuses = nonNegative(scheduledStatuses, "scheduledStatuses");
            return this;
        }

        public Builder conversations(int conversations) {
            this.conversations = nonNegative(conversations, "conversations");
            return this;
        }

        public Builder editedStatuses(int editedStatuses) {
            this.editedStatuses = nonNegative(editedStatuses, "editedStatuses");
            return this;
        }

        public Builder polls(int polls) {
            this.polls = nonNegative(polls, "polls");
            return this;
        }

        public SimConfig build() {
            if (followedTags > 32) {
                throw new IllegalArgumentException("followedTags > 32: " + followedTags + " (the world knows 32 hashtags)");
            }
            return new SimConfig(this);
        }

        private static int nonNegative(int value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " < 0: " + value);
            }
            return value;
        }
    }
}
