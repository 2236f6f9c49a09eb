package dev.permafrost.store;

import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Filter;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one {@link Batch} into the H2 archive inside the caller's transaction: the entities into
 * their tables, the links of the batch's collection, then the checkpoint. Statements are prepared
 * and batched; accounts met anywhere in the batch are written once, the last version winning.
 */
final class H2BatchWriter {
    private static final String MOVE_CHECKPOINT = "MERGE INTO checkpoints (instance, account, collection, cursor,"
            + " state, updated_at) KEY (instance, account, collection) VALUES (?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final Instant now;

    H2BatchWriter(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
    }

    void write(Batch batch) throws SQLException {
        CollectionKey key = batch.key();
        String instance = key.instance();
        String owner = key.account();
        Map<String, Account> accounts = new LinkedHashMap<>();
        H2StatusWriter statuses = new H2StatusWriter(connection, instance, now);
        switch (key.kind().holds()) {
            case STATUSES -> {
                List<Status> items = items(batch, Status.class);
                Set<String> added = statuses.write(items, accounts);
                linkStatuses(key, items, batch.pageCursor().orElse(null), added);
            }
            case ACCOUNTS -> {
                List<Account> items = items(batch, Account.class);
                items.forEach(account -> accounts.put(H2Rows.id(account.id(), "Account"), account));
                linkAccounts(key, items);
            }
            case NOTIFICATIONS -> {
                List<Status> related = new ArrayList<>();
                List<Object[]> rows = new ArrayList<>();
                for (Notification notification : items(batch, Notification.class)) {
                    if (notification.account() != null) {
                        accounts.put(H2Rows.id(notification.account().id(), "Account"), notification.account());
                    }
                    if (notification.report() != null && notification.report().targetAccount() != null) {
                        Account target = notification.report().targetAccount();
                        accounts.put(H2Rows.id(target.id(), "Account"), target);
                    }
                    if (notification.status() != null) {
                        related.add(notification.status());
                    }
                    rows.add(new Object[] {instance, owner, H2Rows.id(notification.id(), "Notification"),
                        notification.type(), notification.createdAt(),
                        notification.account() == null ? null : notification.account().id(),
                        notification.status() == null ? null : notification.status().id(),
                        notification.groupKey(), now, notification.raw()});
                }
                statuses.write(related, accounts);
                H2Tables.NOTIFICATIONS.write(connection, rows);
            }
            case CONVERSATIONS -> {
                List<Status> related = new ArrayList<>();
                List<Object[]> rows = new ArrayList<>();
                for (Conversation conversation : items(batch, Conversation.class)) {
                    conversation.accounts().forEach(account -> accounts.put(H2Rows.id(account.id(), "Account"), account));
                    if (conversation.lastStatus() != null) {
                        related.add(conversation.lastStatus());
                    }
                    rows.add(new Object[] {instance, owner, H2Rows.id(conversation.id(), "Conversation"),
                        conversation.unread(), conversation.lastStatus() == null ? null : conversation.lastStatus().id(),
                        now, now, conversation.raw()});
                }
                statuses.write(related, accounts);
                H2Tables.CONVERSATIONS.write(connection, rows);
            }
            case DOMAINS -> {
                List<Object[]> rows = new ArrayList<>();
                for (DomainName domain : items(batch, DomainName.class)) {
                    rows.add(new Object[] {instance, owner, H2Rows.id(domain.domain(), "DomainName"), now, now, null});
                }
                H2Tables.DOMAIN_BLOCKS.write(connection, rows);
            }
            case LISTS -> {
                List<Object[]> rows = new ArrayList<>();
                for (MastodonList list : items(batch, MastodonList.class)) {
                    rows.add(new Object[] {instance, owner, H2Rows.id(list.id(), "List"), list.title(),
                        list.repliesPolicy(), list.exclusive(), now, now, null, list.raw()});
                }
                H2Tables.LISTS.write(connection, rows);
            }
            case TAGS -> {
                List<Object[]> rows = new ArrayList<>();
                for (Tag tag : items(batch, Tag.class)) {
                    rows.add(new Object[] {instance, owner, H2Rows.id(tag.name(), "Tag (name)"), tag.url(),
                        now, now, null, tag.raw()});
                }
                H2Tables.FOLLOWED_TAGS.write(connection, rows);
            }
            case FILTERS -> {
                List<Object[]> rows = new ArrayList<>();
                for (Filter filter : items(batch, Filter.class)) {
                    rows.add(new Object[] {instance, owner, H2Rows.id(filter.id(), "Filter"), filter.title(),
                        filter.filterAction(), filter.expiresAt(), now, now, null, filter.raw()});
                }
                H2Tables.FILTERS.write(connection, rows);
            }
            case SCHEDULED -> {
                List<Object[]> rows = new ArrayList<>();
                for (ScheduledStatus scheduled : items(batch, ScheduledStatus.class)) {
                    rows.add(new Object[] {instance, owner, H2Rows.id(scheduled.id(), "ScheduledStatus"),
                        scheduled.scheduledAt(), now, now, null, scheduled.raw()});
                }
                H2Tables.SCHEDULED_STATUSES.write(connection, rows);
            }
            case EDITS -> {
                String statusId = argument(key, "the status id");
                List<Object[]> rows = new ArrayList<>();
                for (StatusEdit edit : items(batch, StatusEdit.class)) {
                    if (edit.createdAt() == null) {
                        throw new IllegalArgumentException("a StatusEdit of status " + statusId
                                + " has no created_at; revisions are keyed by it");
                    }
                    if (edit.account() != null) {
                        accounts.put(H2Rows.id(edit.account().id(), "Account"), edit.account());
                    }
                    rows.add(new Object[] {instance, statusId, edit.createdAt(), edit.content(), edit.spoilerText(),
                        edit.sensitive(), now, edit.raw()});
                }
                H2Tables.STATUS_EDITS.write(connection, rows);
            }
            case POLLS -> statuses.writePolls(items(batch, Poll.class),
                    key.argument().isEmpty() ? null : key.argument());
        }
        List<Object[]> accountRows = new ArrayList<>(accounts.size());
        for (Account account : accounts.values()) {
            accountRows.add(H2Rows.account(instance, account, now));
        }
        H2Tables.ACCOUNTS.write(connection, accountRows);
        if (batch.checkpoint().isPresent()) {
            Checkpoint checkpoint = batch.checkpoint().get();
            Sql.update(connection, MOVE_CHECKPOINT, instance, key.account(), key.collection(), checkpoint.cursor(),
                    checkpoint.state(), checkpoint.updatedAt());
        }
    }

    /**
     * Links the statuses to the batch's collection. A status new to the archive cannot have a
     * link yet (links are written with their statuses), so its link is inserted without the
     * lookup, which was a fifth of the write time of a fresh timeline page; if a link exists
     * anyway (a hand-edited archive), the batch falls back to the lookup.
     */
    private void linkStatuses(CollectionKey key, List<Status> items, String pageCursor, Set<String> added)
            throws SQLException {
        boolean saved = key.kind() == CollectionKind.FAVOURITES || key.kind() == CollectionKind.BOOKMARKS;
        Upsert table = !saved ? H2Tables.TIMELINE_ENTRIES
                : key.kind() == CollectionKind.FAVOURITES ? H2Tables.FAVOURITES : H2Tables.BOOKMARKS;
        Map<String, Object[]> fresh = new LinkedHashMap<>();
        Map<String, Object[]> known = new LinkedHashMap<>();
        for (Status status : items) {
            Object[] row = saved
                    ? new Object[] {key.instance(), key.account(), status.id(), pageCursor, now}
                    : new Object[] {key.instance(), key.account(), key.collection(), status.id(), now};
            (added.contains(status.id()) ? fresh : known).put(status.id(), row);
        }
        table.write(connection, new ArrayList<>(known.values()));
        try {
            table.insert(connection, new ArrayList<>(fresh.values()));
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            table.write(connection, new ArrayList<>(fresh.values()));
        }
    }

    private static final String DUPLICATE_KEY = "23505";

    private void linkAccounts(CollectionKey key, List<Account> items) throws SQLException {
        String instance = key.instance();
        String owner = key.account();
        List<Object[]> rows = new ArrayList<>(items.size());
        Upsert table;
        switch (key.kind()) {
            case FOLLOWERS -> {
                requireAccount(key);
                items.forEach(account -> rows.add(new Object[] {instance, account.id(), owner, now, now, null}));
                table = H2Tables.FOLLOWERS;
            }
            case FOLLOWING -> {
                requireAccount(key);
                items.forEach(account -> rows.add(new Object[] {instance, owner, account.id(), now, now, null}));
                table = H2Tables.FOLLOWING;
            }
            case BLOCKS, MUTES -> {
                items.forEach(account -> rows.add(new Object[] {instance, owner, account.id(), now, now, null}));
                table = key.kind() == CollectionKind.BLOCKS ? H2Tables.BLOCKS : H2Tables.MUTES;
            }
            case LIST_MEMBERS -> {
                String listId = argument(key, "the list id");
                items.forEach(account -> rows.add(new Object[] {instance, owner, listId, account.id(), now, now, null}));
                table = H2Tables.LIST_MEMBERS;
            }
            case REBLOGGED_BY, FAVOURITED_BY -> {
                String statusId = argument(key, "the status id");
                String kind = interactionKind(key.kind());
                items.forEach(account -> rows.add(new Object[] {instance, statusId, kind, account.id(), now, now, null}));
                table = H2Tables.STATUS_INTERACTIONS;
            }
            default -> throw new IllegalStateException("no account links for " + key.kind());
        }
        table.write(connection, rows);
    }

    /** The value of {@code status_interactions.kind} for a collection kind. */
    static String interactionKind(CollectionKind kind) {
        return kind == CollectionKind.REBLOGGED_BY ? "reblog" : "favourite";
    }

    static String argument(CollectionKey key, String what) {
        if (key.argument().isEmpty()) {
            throw new IllegalArgumentException("collection '" + key.collection() + "' needs " + what
                    + " as argument: " + key.kind().label() + ":ID");
        }
        return key.argument();
    }

    private static void requireAccount(CollectionKey key) {
        if (key.account().isEmpty()) {
            throw new IllegalArgumentException("collection " + key + " needs the account whose "
                    + key.kind().label() + " it holds");
        }
    }

    private static <T> List<T> items(Batch batch, Class<T> type) {
        List<T> items = new ArrayList<>(batch.items().size());
        for (Entity item : batch.items()) {
            if (!type.isInstance(item)) {
                throw new IllegalArgumentException("collection " + batch.key() + " holds " + type.getSimpleName()
                        + " items, but the batch has a " + (item == null ? "null" : item.getClass().getSimpleName()));
            }
            items.add(type.cast(item));
        }
        return items;
    }
}
