package dev.permafrost.store;

import java.util.Locale;

/**
 * The kinds of collection Permafrost archives, and what each holds. The name, lower-cased with
 * dashes, is the prefix of {@link CollectionKey#collection()} ({@code domain-blocks},
 * {@code tag:java}).
 */
public enum CollectionKind {
    /** Statuses of one account (the key's account). */
    STATUSES(Holds.STATUSES),
    HOME(Holds.STATUSES),
    PUBLIC(Holds.STATUSES),
    LOCAL(Holds.STATUSES),
    REMOTE(Holds.STATUSES),
    /** A hashtag timeline; argument: the tag. */
    TAG(Holds.STATUSES),
    /** A list timeline; argument: the list id. */
    LIST(Holds.STATUSES),
    FAVOURITES(Holds.STATUSES),
    BOOKMARKS(Holds.STATUSES),
    /** The thread around a status; argument: the status id. */
    CONTEXT(Holds.STATUSES),
    NOTIFICATIONS(Holds.NOTIFICATIONS),
    CONVERSATIONS(Holds.CONVERSATIONS),
    /** Accounts following the key's account. */
    FOLLOWERS(Holds.ACCOUNTS),
    /** Accounts the key's account follows. */
    FOLLOWING(Holds.ACCOUNTS),
    BLOCKS(Holds.ACCOUNTS),
    MUTES(Holds.ACCOUNTS),
    /** Members of a list; argument: the list id. */
    LIST_MEMBERS(Holds.ACCOUNTS),
    /** Accounts that boosted a status; argument: the status id. */
    REBLOGGED_BY(Holds.ACCOUNTS),
    /** Accounts that favourited a status; argument: the status id. */
    FAVOURITED_BY(Holds.ACCOUNTS),
    DOMAIN_BLOCKS(Holds.DOMAINS),
    LISTS(Holds.LISTS),
    FOLLOWED_TAGS(Holds.TAGS),
    FILTERS(Holds.FILTERS),
    SCHEDULED(Holds.SCHEDULED),
    /** Edit history of a status; argument: the status id. */
    EDITS(Holds.EDITS),
    POLLS(Holds.POLLS);

    /** The entity type a collection of this kind holds. */
    public enum Holds { STATUSES, ACCOUNTS, NOTIFICATIONS, CONVERSATIONS, DOMAINS, LISTS, TAGS, FILTERS, SCHEDULED, EDITS, POLLS }

    private final Holds holds;

    CollectionKind(Holds holds) {
        this.holds = holds;
    }

    public Holds holds() {
        return holds;
    }

    /** The collection-name prefix: {@code LIST_MEMBERS} is {@code list-members}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the collection is re-walked in full each run (relations can end). */
    public boolean isRelationship() {
        return holds == Holds.ACCOUNTS || holds == Holds.DOMAINS || holds == Holds.TAGS
                || holds == Holds.LISTS || holds == Holds.FILTERS || holds == Holds.SCHEDULED;
    }

    /** The kind named by a collection name such as {@code tag:java} or {@code domain-blocks}. */
    public static CollectionKind of(String collection) {
        int colon = collection.indexOf(':');
        String label = colon < 0 ? collection : collection.substring(0, colon);
        for (CollectionKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown collection '" + collection + "'; expected one of "
                + java.util.Arrays.stream(values()).map(CollectionKind::label).toList());
    }
}
