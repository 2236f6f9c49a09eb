package dev.permafrost.store.parquet;

import dev.permafrost.model.Account;
import dev.permafrost.model.Conversation;
import dev.permafrost.model.DomainName;
import dev.permafrost.model.Entity;
import dev.permafrost.model.Filter;
import dev.permafrost.model.MastodonList;
import dev.permafrost.model.MediaAttachment;
import dev.permafrost.model.Notification;
import dev.permafrost.model.Poll;
import dev.permafrost.model.ScheduledStatus;
import dev.permafrost.model.Status;
import dev.permafrost.model.StatusEdit;
import dev.permafrost.model.Tag;
import dev.permafrost.store.Batch;
import dev.permafrost.store.CollectionKey;

/**
 * Decides which rows a batch writes, following the shared contract ("What a Batch writes" in
 * STORE-SCHEMA.md): the entities themselves, the entities inside them (a boost's status, authors,
 * media, polls) and the rows linking them to the batch's collection.
 */
final class BatchRouter {
    private final EntityRows rows;

    BatchRouter(EntityRows rows) {
        this.rows = rows;
    }

    PendingRows route(Batch batch) {
        CollectionKey key = batch.key();
        String instance = key.instance();
        String owner = key.account();
        PendingRows pending = new PendingRows();
        for (Entity item : batch.items()) {
            switch (key.kind().holds()) {
                case STATUSES -> {
                    Status status = expect(item, Status.class, key);
                    addStatus(pending, instance, status);
                    switch (key.kind()) {
                        case FAVOURITES -> pending.add(Dataset.FAVOURITES, rows.ownedStatus(Dataset.FAVOURITES,
                                instance, owner, status.id(), batch.pageCursor().orElse(null)));
                        case BOOKMARKS -> pending.add(Dataset.BOOKMARKS, rows.ownedStatus(Dataset.BOOKMARKS,
                                instance, owner, status.id(), batch.pageCursor().orElse(null)));
                        default -> pending.add(Dataset.TIMELINE_ENTRIES,
                                rows.timelineEntry(instance, owner, key.collection(), status.id()));
                    }
                }
                case ACCOUNTS -> {
                    Account account = expect(item, Account.class, key);
                    pending.add(Dataset.ACCOUNTS, rows.account(instance, account));
                    addAccountRelation(pending, key, account);
                }
                case NOTIFICATIONS -> {
                    Notification notification = expect(item, Notification.class, key);
                    pending.add(Dataset.NOTIFICATIONS, rows.notification(instance, owner, notification));
                    if (notification.account() != null) {
                        pending.add(Dataset.ACCOUNTS, rows.account(instance, notification.account()));
                    }
                    if (notification.status() != null) {
                        addStatus(pending, instance, notification.status());
                    }
                }
                case CONVERSATIONS -> {
                    Conversation conversation = expect(item, Conversation.class, key);
                    pending.add(Dataset.CONVERSATIONS, rows.conversation(instance, owner, conversation));
                    for (Account account : conversation.accounts()) {
                        pending.add(Dataset.ACCOUNTS, rows.account(instance, account));
                    }
                    if (conversation.lastStatus() != null) {
                        addStatus(pending, instance, conversation.lastStatus());
                    }
                }
                case DOMAINS -> pending.add(Dataset.DOMAIN_BLOCKS,
                        rows.domainBlock(instance, owner, expect(item, DomainName.class, key).domain()));
                case LISTS -> pending.add(Dataset.LISTS, rows.list(instance, owner, expect(item, MastodonList.class, key)));
                case TAGS -> pending.add(Dataset.FOLLOWED_TAGS, rows.followedTag(instance, owner, expect(item, Tag.class, key)));
                case FILTERS -> pending.add(Dataset.FILTERS, rows.filter(instance, owner, expect(item, Filter.class, key)));
                case SCHEDULED -> pending.add(Dataset.SCHEDULED_STATUSES,
                        rows.scheduledStatus(instance, owner, expect(item, ScheduledStatus.class, key)));
                case EDITS -> pending.add(Dataset.STATUS_EDITS,
                        rows.statusEdit(instance, key.argument(), expect(item, StatusEdit.class, key)));
                case POLLS -> pending.add(Dataset.POLLS, rows.poll(instance,
                        key.argument().isEmpty() ? null : key.argument(), expect(item, Poll.class, key)));
            }
        }
        return pending;
    }

    private void addStatus(PendingRows pending, String instance, Status status) {
        if (status.reblog() != null) {
            addStatus(pending, instance, status.reblog());
        }
        pending.add(Dataset.STATUSES, rows.status(instance, status));
        if (status.account() != null) {
            pending.add(Dataset.ACCOUNTS, rows.account(instance, status.account()));
        }
        for (MediaAttachment media : status.mediaAttachments()) {
            pending.add(Dataset.MEDIA, rows.media(instance, status.id(), media));
        }
        if (status.poll() != null) {
            pending.add(Dataset.POLLS, rows.poll(instance, status.id(), status.poll()));
        }
    }

    private void addAccountRelation(PendingRows pending, CollectionKey key, Account account) {
        String instance = key.instance();
        String owner = key.account();
        switch (key.kind()) {
            case FOLLOWERS -> pending.add(Dataset.FOLLOWS, rows.follow(instance, account.id(), owner));
            case FOLLOWING -> pending.add(Dataset.FOLLOWS, rows.follow(instance, owner, account.id()));
            case BLOCKS -> pending.add(Dataset.BLOCKS, rows.ownedAccount(Dataset.BLOCKS, instance, owner, account.id()));
            case MUTES -> pending.add(Dataset.MUTES, rows.ownedAccount(Dataset.MUTES, instance, owner, account.id()));
            case LIST_MEMBERS -> pending.add(Dataset.LIST_MEMBERS,
                    rows.listMember(instance, owner, key.argument(), account.id()));
            case REBLOGGED_BY -> pending.add(Dataset.STATUS_INTERACTIONS,
                    rows.statusInteraction(instance, key.argument(), "reblog", account.id()));
            case FAVOURITED_BY -> pending.add(Dataset.STATUS_INTERACTIONS,
                    rows.statusInteraction(instance, key.argument(), "favourite", account.id()));
            default -> throw new IllegalArgumentException("collection " + key + " holds accounts but names no relation");
        }
    }

    private static <T> T expect(Entity item, Class<T> type, CollectionKey key) {
        if (!type.isInstance(item)) {
            throw new IllegalArgumentException("collection " + key + " holds " + type.getSimpleName()
                    + " items, but the batch has a " + (item == null ? "null" : item.getClass().getSimpleName()));
        }
        return type.cast(item);
    }
}
