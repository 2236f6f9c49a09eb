package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.FamiliarFollowers;
import dev.permafrost.model.FeaturedTag;
import dev.permafrost.model.IdentityProof;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Relationship;
import dev.permafrost.model.Status;
import dev.permafrost.model.Token;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts: profiles, their statuses, followers and following, the user's own profile, and what
 * the user does to other accounts (follow, block, mute, endorse, note). Every action answers the
 * {@link Relationship} after it. See docs.joinmastodon.org/methods/accounts.
 */
public final class Accounts {
    public static final Endpoint REGISTER = Endpoint.post("/api/v1/accounts", "2.7.0");
    public static final Endpoint VERIFY_CREDENTIALS = Endpoint.get("/api/v1/accounts/verify_credentials", "0.0.0");
    public static final Endpoint UPDATE_CREDENTIALS = Endpoint.patch("/api/v1/accounts/update_credentials", "1.1.1");
    public static final Endpoint GET = Endpoint.get("/api/v1/accounts/:id", "0.0.0");
    public static final Endpoint GET_MANY = Endpoint.get("/api/v1/accounts", "4.3.0");
    public static final Endpoint LOOKUP = Endpoint.get("/api/v1/accounts/lookup", "3.4.0");
    public static final Endpoint SEARCH = Endpoint.get("/api/v1/accounts/search", "0.0.0").paged(Paging.OFFSET, 40, 80);
    public static final Endpoint STATUSES = Endpoint.get("/api/v1/accounts/:id/statuses", "0.0.0").paged(Paging.ID, 20, 40);
    public static final Endpoint FOLLOWERS = Endpoint.get("/api/v1/accounts/:id/followers", "0.0.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint FOLLOWING = Endpoint.get("/api/v1/accounts/:id/following", "0.0.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint FEATURED_TAGS = Endpoint.get("/api/v1/accounts/:id/featured_tags", "3.3.0");
    public static final Endpoint ENDORSEMENTS = Endpoint.get("/api/v1/accounts/:id/endorsements", "4.4.0")
            .paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);
    public static final Endpoint LISTS = Endpoint.get("/api/v1/accounts/:id/lists", "2.1.0");
    public static final Endpoint IDENTITY_PROOFS = Endpoint.get("/api/v1/accounts/:id/identity_proofs", "2.8.0");
    public static final Endpoint RELATIONSHIPS = Endpoint.get("/api/v1/accounts/relationships", "0.0.0");
    public static final Endpoint FAMILIAR_FOLLOWERS = Endpoint.get("/api/v1/accounts/familiar_followers", "3.5.0");
    public static final Endpoint FOLLOW = Endpoint.post("/api/v1/accounts/:id/follow", "0.0.0");
    public static final Endpoint UNFOLLOW = Endpoint.post("/api/v1/accounts/:id/unfollow", "0.0.0");
    public static final Endpoint REMOVE_FROM_FOLLOWERS = Endpoint.post("/api/v1/accounts/:id/remove_from_followers", "3.5.0");
    public static final Endpoint BLOCK = Endpoint.post("/api/v1/accounts/:id/block", "0.0.0");
    public static final Endpoint UNBLOCK = Endpoint.post("/api/v1/accounts/:id/unblock", "0.0.0");
    public static final Endpoint MUTE = Endpoint.post("/api/v1/accounts/:id/mute", "0.0.0");
    public static final Endpoint UNMUTE = Endpoint.post("/api/v1/accounts/:id/unmute", "0.0.0");
    public static final Endpoint ENDORSE = Endpoint.post("/api/v1/accounts/:id/endorse", "4.4.0");
    public static final Endpoint UNENDORSE = Endpoint.post("/api/v1/accounts/:id/unendorse", "4.4.0");
    public static final Endpoint PIN = Endpoint.post("/api/v1/accounts/:id/pin", "2.5.0");
    public static final Endpoint UNPIN = Endpoint.post("/api/v1/accounts/:id/unpin", "2.5.0");
    public static final Endpoint NOTE = Endpoint.post("/api/v1/accounts/:id/note", "3.2.0");

    private final Caller caller;

    public Accounts(Caller caller) {
        this.caller = caller;
    }

    /**
     * Signs a new user up, with an app token (client credentials). On servers that confirm by
     * mail, the token works only once the address is confirmed.
     *
     * @return the new user's access token
     */
    public Token register(Registration registration) {
        return caller.one(REGISTER, REGISTER.path(), registration.params(), Token.class);
    }

    /** The account the token belongs to (with its {@code source} and {@code role}). */
    public Account verifyCredentials() {
        return caller.one(VERIFY_CREDENTIALS, VERIFY_CREDENTIALS.path(), Params.empty(), Account.class);
    }

    /** Changes the user's profile and posting defaults; answers the updated account, with its {@code source}. */
    public Account updateCredentials(CredentialsUpdate update) {
        return caller.send(UPDATE_CREDENTIALS, UPDATE_CREDENTIALS.path(), update.body(), Map.of(), Account.class);
    }

    /** One account by ID. */
    public Account get(String id) {
        return caller.one(GET, GET.path(id), Params.empty(), Account.class);
    }

    /** Several accounts by ID, in one request; unknown or suspended ones are left out. */
    public List<Account> get(List<String> ids) {
        return caller.list(GET_MANY, GET_MANY.path(), Params.empty().withAll("id[]", ids), Account.class);
    }

    /** Finds an account by its webfinger address ({@code user} or {@code user@host}, with or without {@code @}). */
    public Account lookup(String acct) {
        String address = acct.startsWith("@") ? acct.substring(1) : acct;
        return caller.one(LOOKUP, LOOKUP.path(), Params.empty().with("acct", address), Account.class);
    }

    /** Accounts matching a name or address, paged by offset. */
    public Page<Account> search(String query, SearchOptions options, int offset, int limit) {
        Params params = Params.empty().with("q", Objects.requireNonNull(query, "query")).with(options.params());
        return caller.offsetPage(SEARCH, SEARCH.path(), params, offset, limit, Account.class);
    }

    /** An account's statuses, newest first. */
    public Page<Status> statuses(String id, StatusFilter filter, PageRequest page) {
        return caller.page(STATUSES, STATUSES.path(id), filter.params().with(page.params(STATUSES)), Status.class);
    }

    /** Accounts following this one. Pages by hidden follow IDs; ignores {@code min_id}. */
    public Page<Account> followers(String id, PageRequest page) {
        return caller.page(FOLLOWERS, FOLLOWERS.path(id), page.params(FOLLOWERS), Account.class);
    }

    /** Accounts this one follows. Pages by hidden follow IDs; ignores {@code min_id}. */
    public Page<Account> following(String id, PageRequest page) {
        return caller.page(FOLLOWING, FOLLOWING.path(id), page.params(FOLLOWING), Account.class);
    }

    /** The hashtags an account features on its profile. */
    public List<FeaturedTag> featuredTags(String id) {
        return caller.list(FEATURED_TAGS, FEATURED_TAGS.path(id), Params.empty(), FeaturedTag.class);
    }

    /** The accounts an account features on its profile. Pages by hidden IDs; ignores {@code min_id}. */
    public Page<Account> endorsements(String id, PageRequest page) {
        return caller.page(ENDORSEMENTS, ENDORSEMENTS.path(id), page.params(ENDORSEMENTS), Account.class);
    }

    /** The user's lists that contain an account. */
    public List<MastodonList> lists(String id) {
        return caller.list(LISTS, LISTS.path(id), Params.empty(), MastodonList.class);
    }

    /**
     * Keybase identity proofs.
     *
     * @deprecated since Mastodon 3.5 the answer is always empty; there is no replacement.
     */
    @Deprecated
    public List<IdentityProof> identityProofs(String id) {
        return caller.list(IDENTITY_PROOFS, IDENTITY_PROOFS.path(id), Params.empty(), IdentityProof.class);
    }

    /** How the user relates to each of these accounts. */
    public List<Relationship> relationships(List<String> ids) {
        return caller.list(RELATIONSHIPS, RELATIONSHIPS.path(), Params.empty().withAll("id[]", ids), Relationship.class);
    }

    /** For each account, the accounts the user follows that also follow it. */
    public List<FamiliarFollowers> familiarFollowers(List<String> ids) {
        return caller.list(FAMILIAR_FOLLOWERS, FAMILIAR_FOLLOWERS.path(), Params.empty().withAll("id[]", ids),
                FamiliarFollowers.class);
    }

    /** Follows an account (or asks to, if it is locked), showing its boosts, without notifications. */
    public Relationship follow(String id) {
        return follow(id, FollowOptions.DEFAULT);
    }

    /** Follows an account with options; following again changes the options. */
    public Relationship follow(String id, FollowOptions options) {
        return caller.one(FOLLOW, FOLLOW.path(id), options.params(), Relationship.class);
    }

    /** Stops following an account, or withdraws the follow request. */
    public Relationship unfollow(String id) {
        return action(UNFOLLOW, id, Params.empty());
    }

    /** Makes an account stop following the user. */
    public Relationship removeFromFollowers(String id) {
        return action(REMOVE_FROM_FOLLOWERS, id, Params.empty());
    }

    /** Blocks an account (which also ends following in both directions). */
    public Relationship block(String id) {
        return action(BLOCK, id, Params.empty());
    }

    public Relationship unblock(String id) {
        return action(UNBLOCK, id, Params.empty());
    }

    /** Mutes an account and its notifications, for good. */
    public Relationship mute(String id) {
        return mute(id, MuteOptions.FOREVER);
    }

    /** Mutes an account, with or without its notifications, for good or for a while. */
    public Relationship mute(String id, MuteOptions options) {
        return action(MUTE, id, options.params());
    }

    public Relationship unmute(String id) {
        return action(UNMUTE, id, Params.empty());
    }

    /** Features an account on the user's profile (the user must follow it). */
    public Relationship endorse(String id) {
        return action(ENDORSE, id, Params.empty());
    }

    public Relationship unendorse(String id) {
        return action(UNENDORSE, id, Params.empty());
    }

    /**
     * Features an account on the user's profile.
     *
     * @deprecated since Mastodon 4.4; use {@link #endorse(String)}.
     */
    @Deprecated
    public Relationship pin(String id) {
        return action(PIN, id, Params.empty());
    }

    /**
     * Stops featuring an account.
     *
     * @deprecated since Mastodon 4.4; use {@link #unendorse(String)}.
     */
    @Deprecated
    public Relationship unpin(String id) {
        return action(UNPIN, id, Params.empty());
    }

    /** Sets the user's private note on an account; an empty comment removes it. */
    public Relationship note(String id, String comment) {
        return action(NOTE, id, Params.empty().with("comment", Objects.requireNonNull(comment, "comment")));
    }

    private Relationship action(Endpoint endpoint, String id, Params params) {
        return caller.one(endpoint, endpoint.path(id), params, Relationship.class);
    }

    /**
     * Which of an account's statuses to list.
     *
     * @param tagged only statuses with this hashtag, or null
     */
    public record StatusFilter(boolean excludeReplies, boolean excludeReblogs, boolean onlyMedia, boolean pinned,
                               String tagged) {
        public static final StatusFilter ALL = new StatusFilter(false, false, false, false, null);

        Params params() {
            return Params.empty()
                    .with("exclude_replies", excludeReplies ? "true" : null)
                    .with("exclude_reblogs", excludeReblogs ? "true" : null)
                    .with("only_media", onlyMedia ? "true" : null)
                    .with("pinned", pinned ? "true" : null)
                    .with("tagged", tagged);
        }
    }

    /**
     * How to search accounts.
     *
     * @param resolve look the address up on its server when it is not known here (needs a token)
     * @param following only accounts the user follows
     */
    public record SearchOptions(boolean resolve, boolean following) {
        public static final SearchOptions LOCAL = new SearchOptions(false, false);

        Params params() {
            return Params.empty().with("resolve", resolve ? "true" : null).with("following", following ? "true" : null);
        }
    }

    /**
     * How to follow an account.
     *
     * @param reblogs show its boosts on the home timeline
     * @param notifyOnPost notify the user of its new posts
     * @param languages only its posts in these languages (ISO 639-1); empty for all
     */
    public record FollowOptions(boolean reblogs, boolean notifyOnPost, List<String> languages) {
        public static final FollowOptions DEFAULT = new FollowOptions(true, false, List.of());

        public FollowOptions {
            languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        }

        Params params() {
            return Params.empty().with("reblogs", reblogs).with("notify", notifyOnPost).withAll("languages[]", languages);
        }
    }

    /**
     * How to mute an account.
     *
     * @param notifications mute its notifications too
     * @param duration how long, or {@link Duration#ZERO} for good
     */
    public record MuteOptions(boolean notifications, Duration duration) {
        public static final MuteOptions FOREVER = new MuteOptions(true, Duration.ZERO);

        public MuteOptions {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration < 0: " + duration);
            }
        }

        /** Mutes the account and its notifications for a while. */
        public static MuteOptions forDuration(Duration duration) {
            return new MuteOptions(true, duration);
        }

        Params params() {
            return Params.empty().with("notifications", notifications).with("duration", duration.toSeconds());
        }
    }
}
