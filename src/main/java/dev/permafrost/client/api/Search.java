package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import dev.permafrost.model.SearchResults;
import dev.permafrost.model.Status;
import dev.permafrost.model.Tag;
import java.util.Locale;

/**
 * Search (v2) for accounts, statuses and hashtags; pages by offset, one type at a time. Anonymous
 * callers get no statuses, no resolving and no offset. See docs.joinmastodon.org/methods/search.
 */
public final class Search {
    public static final Endpoint SEARCH = Endpoint.get("/api/v2/search", "2.4.1").paged(Paging.OFFSET, 20, 40);

    private final Caller caller;

    public Search(Caller caller) {
        this.caller = caller;
    }

    /**
     * One search: every type unless the query names one.
     *
     * @param offset how many results of each type to skip
     * @param limit results per type; 0 for the server's default, above the maximum the maximum
     */
    public SearchResults search(Query query, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0: " + offset + ", " + limit);
        }
        Params params = query.params()
                .with("offset", offset > 0 ? offset : null)
                .with("limit", limit > 0 ? Math.min(limit, SEARCH.maxLimit()) : null);
        return caller.one(SEARCH, SEARCH.path(), params, SearchResults.class);
    }

    /** Matching accounts, a page at a time. */
    public Page<Account> accounts(Query query, int offset, int limit) {
        return caller.offsetPage(SEARCH, SEARCH.path(), query.type(Type.ACCOUNTS).params(), offset, limit,
                SearchResults.class, SearchResults::accounts);
    }

    /** Matching statuses, a page at a time (needs a user token). */
    public Page<Status> statuses(Query query, int offset, int limit) {
        return caller.offsetPage(SEARCH, SEARCH.path(), query.type(Type.STATUSES).params(), offset, limit,
                SearchResults.class, SearchResults::statuses);
    }

    /** Matching hashtags, a page at a time. */
    public Page<Tag> hashtags(Query query, int offset, int limit) {
        return caller.offsetPage(SEARCH, SEARCH.path(), query.type(Type.HASHTAGS).params(), offset, limit,
                SearchResults.class, SearchResults::hashtags);
    }

    /** What to search for. */
    public enum Type {
        ACCOUNTS, STATUSES, HASHTAGS;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A search query and its options. Build it with {@link #of(String)} and the withers.
     *
     * @param q the text, an {@code @user@domain} address or a URL
     * @param type only this type, or null for all
     * @param resolve whether to look up unknown remote accounts and statuses by address or URL
     * @param following only accounts the user follows
     * @param accountId only statuses of this account, or null
     * @param excludeUnreviewed leave out hashtags the staff has not reviewed
     * @param maxId only statuses older than this ID, or null
     * @param minId only statuses newer than this ID, or null
     */
    public record Query(String q, Type type, boolean resolve, boolean following, String accountId,
                        boolean excludeUnreviewed, String maxId, String minId) {
        public Query {
            if (q == null || q.isBlank()) {
                throw new IllegalArgumentException("the search text is blank");
            }
        }

        public static Query of(String q) {
            return new Query(q, null, false, false, null, false, null, null);
        }

        public Query type(Type only) {
            return new Query(q, only, resolve, following, accountId, excludeUnreviewed, maxId, minId);
        }

        public Query resolving() {
            return new Query(q, type, true, following, accountId, excludeUnreviewed, maxId, minId);
        }

        public Query onlyFollowing() {
            return new Query(q, type, resolve, true, accountId, excludeUnreviewed, maxId, minId);
        }

        public Query byAccount(String id) {
            return new Query(q, type, resolve, following, id, excludeUnreviewed, maxId, minId);
        }

        public Query reviewedOnly() {
            return new Query(q, type, resolve, following, accountId, true, maxId, minId);
        }

        public Query maxId(String id) {
            return new Query(q, type, resolve, following, accountId, excludeUnreviewed, id, minId);
        }

        public Query minId(String id) {
            return new Query(q, type, resolve, following, accountId, excludeUnreviewed, maxId, id);
        }

        Params params() {
            return Params.empty()
                    .with("q", q)
                    .with("type", type == null ? null : type.value())
                    .with("resolve", resolve ? "true" : null)
                    .with("following", following ? "true" : null)
                    .with("account_id", accountId)
                    .with("exclude_unreviewed", excludeUnreviewed ? "true" : null)
                    .with("max_id", maxId)
                    .with("min_id", minId);
        }
    }
}
