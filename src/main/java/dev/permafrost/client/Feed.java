package dev.permafrost.client;

import dev.permafrost.client.api.Accounts;
import dev.permafrost.client.api.Blocks;
import dev.permafrost.client.api.Bookmarks;
import dev.permafrost.client.api.Conversations;
import dev.permafrost.client.api.DomainBlocks;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.client.api.Favourites;
import dev.permafrost.client.api.Filters;
import dev.permafrost.client.api.Lists;
import dev.permafrost.client.api.Mutes;
import dev.permafrost.client.api.Notifications;
import dev.permafrost.client.api.ScheduledStatuses;
import dev.permafrost.client.api.Statuses;
import dev.permafrost.client.api.Tags;
import dev.permafrost.client.api.Timelines;
import dev.permafrost.model.Entity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A paginated collection named the way the command line and the routes name it: {@code home},
 * {@code public}, {@code local}, {@code remote}, {@code tag:NAME}, {@code list:ID},
 * {@code favourites}, {@code bookmarks}, {@code notifications}, {@code statuses:ACCOUNT},
 * {@code followers:ACCOUNT}, {@code following:ACCOUNT}, {@code filters} (one page: the server does not
 * paginate filters), and the others of {@link Kind}. It knows its endpoint (and so how it
 * pages) and how to request a page of it.
 *
 * @param kind which collection
 * @param argument the tag, list ID or account ID after the colon, or {@code ""}
 */
public record Feed(Kind kind, String argument) {

    /** The collections that can be read page by page. */
    public enum Kind {
        HOME(false, Timelines.HOME),
        PUBLIC(false, Timelines.PUBLIC),
        LOCAL(false, Timelines.PUBLIC),
        REMOTE(false, Timelines.PUBLIC),
        TAG(true, Timelines.TAG),
        LIST(true, Timelines.LIST),
        FAVOURITES(false, Favourites.LIST),
        BOOKMARKS(false, Bookmarks.LIST),
        NOTIFICATIONS(false, Notifications.LIST),
        STATUSES(true, Accounts.STATUSES),
        FOLLOWERS(true, Accounts.FOLLOWERS),
        FOLLOWING(true, Accounts.FOLLOWING),
        CONVERSATIONS(false, Conversations.LIST),
        LISTS(false, Lists.LIST),
        LIST_MEMBERS(true, Lists.ACCOUNTS),
        BLOCKS(false, Blocks.LIST),
        MUTES(false, Mutes.LIST),
        DOMAIN_BLOCKS(false, DomainBlocks.LIST),
        FOLLOWED_TAGS(false, Tags.FOLLOWED),
        /** The user's filters (v2), served as one page. */
        FILTERS(false, Filters.LIST),
        SCHEDULED(false, ScheduledStatuses.LIST),
        CONTEXT(true, Statuses.CONTEXT),
        REBLOGGED_BY(true, Statuses.REBLOGGED_BY),
        FAVOURITED_BY(true, Statuses.FAVOURITED_BY);

        private final boolean needsArgument;
        private final Endpoint endpoint;

        Kind(boolean needsArgument, Endpoint endpoint) {
            this.needsArgument = needsArgument;
            this.endpoint = endpoint;
        }

        /** The name on the command line and in routes: {@code domain-blocks}, {@code tag}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Feed {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(argument, "argument");
        if (kind.needsArgument && argument.isBlank()) {
            throw new IllegalArgumentException("collection '" + kind.label() + "' needs an argument: "
                    + kind.label() + ":" + argumentName(kind));
        }
        if (!kind.needsArgument && !argument.isEmpty()) {
            throw new IllegalArgumentException("collection '" + kind.label() + "' takes no argument, got '" + argument + "'");
        }
    }

    private static String argumentName(Kind kind) {
        return switch (kind) {
            case TAG -> "NAME";
            case LIST, LIST_MEMBERS -> "LIST_ID";
            case CONTEXT, REBLOGGED_BY, FAVOURITED_BY -> "STATUS_ID";
            default -> "ACCOUNT_ID";
        };
    }

    /**
     * Parses a collection name such as {@code tag:java} or {@code followers:109}.
     *
     * @throws IllegalArgumentException naming the accepted names when it is not one
     */
    public static Feed parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? "" : text.substring(colon + 1).trim();
        for (Kind kind : Kind.values()) {
            if (kind.label().equals(name)) {
                return new Feed(kind, argument);
            }
        }
        throw new IllegalArgumentException("unknown collection '" + text + "'; expected one of "
                + Arrays.stream(Kind.values()).map(k -> k.needsArgument ? k.label() + ":..." : k.label()).toList());
    }

    /** The endpoint behind the collection, which says how it pages and how large a page may be. */
    public Endpoint endpoint() {
        return kind.endpoint;
    }

    /** A function that requests a page of this collection through a client. */
    public Function<PageRequest, Page<? extends Entity>> pages(Mastodon mastodon) {
        return request -> page(mastodon, request);
    }

    /** Requests one page of this collection. */
    public Page<? extends Entity> page(Mastodon mastodon, PageRequest request) {
        return switch (kind) {
            case HOME -> mastodon.timelines().home(request);
            case PUBLIC -> mastodon.timelines().publicTimeline(Timelines.PublicOptions.FEDERATED, request);
            case LOCAL -> mastodon.timelines().publicTimeline(Timelines.PublicOptions.LOCAL, request);
            case REMOTE -> mastodon.timelines().publicTimeline(Timelines.PublicOptions.REMOTE, request);
            case TAG -> mastodon.timelines().tag(argument, Timelines.TagOptions.NONE, request);
            case LIST -> mastodon.timelines().list(argument, request);
            case FAVOURITES -> mastodon.favourites().list(request);
            case BOOKMARKS -> mastodon.bookmarks().list(request);
            case NOTIFICATIONS -> mastodon.notifications().list(Notifications.Filter.ALL, request);
            case STATUSES -> mastodon.accounts().statuses(argument, Accounts.StatusFilter.ALL, request);
            case FOLLOWERS -> mastodon.accounts().followers(argument, request);
            case FOLLOWING -> mastodon.accounts().following(argument, request);
            case CONVERSATIONS -> mastodon.conversations().list(request);
            case LISTS -> Page.of(mastodon.lists().list());
            case LIST_MEMBERS -> mastodon.lists().accounts(argument, request);
            case BLOCKS -> mastodon.blocks().list(request);
            case MUTES -> mastodon.mutes().list(request);
            case DOMAIN_BLOCKS -> mastodon.domainBlocks().list(request);
            case FOLLOWED_TAGS -> mastodon.tags().followed(request);
            case FILTERS -> Page.of(mastodon.filters().list());
            case SCHEDULED -> mastodon.scheduledStatuses().list(request);
            case CONTEXT -> {
                dev.permafrost.model.Context context = mastodon.statuses().context(argument);
                java.util.List<dev.permafrost.model.Status> thread = new java.util.ArrayList<>(context.ancestors());
                thread.addAll(context.descendants());
                yield Page.of(thread);
            }
            case REBLOGGED_BY -> mastodon.statuses().rebloggedBy(argument, request);
            case FAVOURITED_BY -> mastodon.statuses().favouritedBy(argument, request);
        };
    }

    /** The ID of an item of a collection: a status, an account or a notification. */
    public static String idOf(Entity item) {
        if (item instanceof dev.permafrost.model.Status status) {
            return status.id();
        }
        if (item instanceof dev.permafrost.model.Account account) {
            return account.id();
        }
        if (item instanceof dev.permafrost.model.Notification notification) {
            return notification.id();
        }
        if (item instanceof dev.permafrost.model.Conversation conversation) {
            return conversation.id();
        }
        if (item instanceof dev.permafrost.model.ScheduledStatus scheduled) {
            return scheduled.id();
        }
        if (item instanceof dev.permafrost.model.MastodonList list) {
            return list.id();
        }
        if (item instanceof dev.permafrost.model.DomainName domain) {
            return domain.id();
        }
        if (item instanceof dev.permafrost.model.Filter filter) {
            return filter.id();
        }
        if (item instanceof dev.permafrost.model.Tag tag) {
            return tag.name();
        }
        if (item instanceof dev.permafrost.model.Filter filter) {
            return filter.id();
        }
        throw new IllegalArgumentException("no ID for " + item.getClass().getSimpleName());
    }

    /** This collection with an {@code @user@host} argument replaced by the account's ID. */
    public Feed resolveAccount(Mastodon mastodon) {
        boolean byAccount = kind == Kind.STATUSES || kind == Kind.FOLLOWERS || kind == Kind.FOLLOWING;
        if (!byAccount || !argument.startsWith("@")) {
            return this;
        }
        return new Feed(kind, mastodon.accounts().lookup(argument).id());
    }

    @Override
    public String toString() {
        return argument.isEmpty() ? kind.label() : kind.label() + ":" + argument;
    }
}
