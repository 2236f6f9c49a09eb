package dev.permafrost.sim;

import java.util.List;

/**
 * One account of the world with the fields its JSON shows. Counters change as the world mutates,
 * and the profile fields when the user updates its credentials;
 * the rendered JSON is cached and dropped whenever a field changes. Guarded by the {@link World}'s lock.
 */
final class AccountRow {
    final int index;
    final long id;
    final String username;
    /** Empty for a local account. */
    final String domain;
    String displayName;
    String noteHtml;
    List<String[]> fields;
    boolean bot;
    boolean locked;
    boolean discoverable;
    final boolean noindex;
    final boolean nobot;
    final boolean noarchive;
    final boolean admin;
    String avatarHash;
    String headerHash;
    int followersCount;
    int followingCount;
    long lastStatusMillis = -1;
    volatile String cachedJson;

    AccountRow(int index, long id, String username, String domain, String displayName, String noteHtml,
               List<String[]> fields, boolean bot, boolean locked, boolean discoverable, boolean noindex,
               boolean nobot, boolean noarchive, boolean admin, String avatarHash, String headerHash) {
        this.index = index;
        this.id = id;
        this.username = username;
        this.domain = domain;
        this.displayName = displayName;
        this.noteHtml = noteHtml;
        this.fields = fields;
        this.bot = bot;
        this.locked = locked;
        this.discoverable = discoverable;
        this.noindex = noindex;
        this.nobot = nobot;
        this.noarchive = noarchive;
        this.admin = admin;
        this.avatarHash = avatarHash;
        this.headerHash = headerHash;
    }

    boolean local() {
        return domain.isEmpty();
    }

    String acct() {
        return local() ? username : username + "@" + domain;
    }

    boolean optedOut() {
        return !discoverable || noindex || nobot || noarchive;
    }

    void touch() {
        cachedJson = null;
    }
}
