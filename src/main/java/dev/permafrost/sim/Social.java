package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts and the main user's relations: followers, following, favourites, bookmarks, blocks,
 * mutes, domain blocks, followed tags, follow requests, endorsements and lists. Each relation has
 * its own hidden ID sequence, as on Mastodon. Guarded by the {@link World}'s lock.
 */
final class Social {
    /** A list of the main user and its members. */
    static final class ListRow {
        final long id;
        String title;
        String repliesPolicy;
        boolean exclusive;
        final Relations members;

        ListRow(long id, String title, String repliesPolicy, boolean exclusive, long firstMemberId) {
            this.id = id;
            this.title = title;
            this.repliesPolicy = repliesPolicy;
            this.exclusive = exclusive;
            this.members = new Relations(firstMemberId);
        }
    }

    final List<AccountRow> accounts = new ArrayList<>();
    final IdIndex accountById = new IdIndex();
    final Map<String, Integer> accountByAcct = new HashMap<>();
    final Relations followers = new Relations(1);
    final Relations following = new Relations(1);
    final Relations favourites = new Relations(1);
    final Relations bookmarks = new Relations(1);
    final Relations blocks = new Relations(1);
    final Relations mutes = new Relations(1);
    final Relations domainBlocks = new Relations(1);
    final Relations followedTags = new Relations(1);
    final Relations followRequests = new Relations(1);
    final Relations endorsements = new Relations(1);
    final List<String> domains = new ArrayList<>();
    final List<ListRow> lists = new ArrayList<>();

    // what the main user did through the API, beyond the generated relations
    /** How the main user follows an account: show boosts, notify of posts, languages. */
    record FollowSettings(boolean reblogs, boolean notifyOnPost, List<String> languages) {
        static final FollowSettings DEFAULT = new FollowSettings(true, false, List.of());
    }

    /** Follow requests the main user sent to locked accounts. */
    final Relations requested = new Relations(1);
    final Map<Integer, FollowSettings> followSettings = new HashMap<>();
    /** When a timed mute ends (epoch millis); absent for a mute without end. */
    final Map<Integer, Long> muteEndsMillis = new HashMap<>();
    /** Muted accounts whose notifications are not muted. */
    final Set<Integer> mutedWithNotifications = new HashSet<>();
    final Map<Integer, String> notes = new HashMap<>();
    /** Status rows whose thread the main user muted. */
    final Set<Integer> mutedThreads = new HashSet<>();
    /** The main user's boost row of each boosted status row. */
    final Map<Integer, Integer> reblogs = new HashMap<>();
    /** The main user's choices in each poll, by status row. */
    final Map<Integer, List<Integer>> pollVotes = new HashMap<>();
    /** Hashtags (indexes into TextGen.TAGS) featured on the main user's profile; the relation ID is the featured tag's ID. */
    final Relations featuredTags = new Relations(1);

    /** Whether the main user blocks a domain. */
    boolean domainBlocked(String domain) {
        int index = domains.indexOf(domain);
        return index >= 0 && domainBlocks.contains(index);
    }

    /** Whether the main user mutes an account now (a timed mute ends by itself). */
    boolean muting(int account, long nowMillis) {
        Long end = muteEndsMillis.get(account);
        return mutes.contains(account) && (end == null || end > nowMillis);
    }

    void addAccount(AccountRow account) {
        accounts.add(account);
        accountById.put(account.id, account.index);
        accountByAcct.put(account.acct().toLowerCase(), account.index);
    }

    /** Returns the account index of an ID, or -1. */
    int account(long id) {
        return id < 0 ? -1 : accountById.get(id);
    }

    Optional<ListRow> list(long id) {
        return lists.stream().filter(list -> list.id == id).findFirst();
    }
}
