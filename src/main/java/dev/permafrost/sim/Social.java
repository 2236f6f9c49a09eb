package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts and the main user's relations: followers, following, favourites, bookmarks, blocks,
 * mutes, domain blocks, followed tags, follow requests, endorsements and lists. Each relation has
 * its own hidden ID sequence, as on Mastodon. Guarded by the {@link World}'s lock.
 */
final class Social {
    /** A list of the main user and its members. */
    static final class ListRow {
        final long id;
        final String title;
        final String repliesPolicy;
        final boolean exclusive;
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
