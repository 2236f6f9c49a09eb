package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Status;
import java.util.List;

/** Timelines: home, public, hashtag, list, link and direct. See docs.joinmastodon.org/methods/timelines. */
public final class Timelines {
    public static final Endpoint HOME = Endpoint.get("/api/v1/timelines/home", "0.0.0").paged(Paging.ID, 20, 40);
    public static final Endpoint PUBLIC = Endpoint.get("/api/v1/timelines/public", "0.0.0").paged(Paging.ID, 20, 40);
    public static final Endpoint TAG = Endpoint.get("/api/v1/timelines/tag/:hashtag", "0.0.0").paged(Paging.ID, 20, 40);
    public static final Endpoint LIST = Endpoint.get("/api/v1/timelines/list/:list_id", "2.1.0").paged(Paging.ID, 20, 40);
    public static final Endpoint LINK = Endpoint.get("/api/v1/timelines/link", "4.3.0").paged(Paging.ID, 20, 40);
    /** Deprecated since 2.6 but still routed; the version that added it is not documented. */
    public static final Endpoint DIRECT = Endpoint.get("/api/v1/timelines/direct", "0.0.0").paged(Paging.ID, 20, 40);

    private final Caller caller;

    public Timelines(Caller caller) {
        this.caller = caller;
    }

    /** The authenticated user's home feed. */
    public Page<Status> home(PageRequest page) {
        return caller.page(HOME, HOME.path(), page.params(HOME), Status.class);
    }

    /** The public timeline: federated by default, or only local or only remote statuses. */
    public Page<Status> publicTimeline(PublicOptions options, PageRequest page) {
        return caller.page(PUBLIC, PUBLIC.path(), options.params().with(page.params(PUBLIC)), Status.class);
    }

    /** Public statuses with a hashtag (given without {@code #}). */
    public Page<Status> tag(String hashtag, TagOptions options, PageRequest page) {
        String name = hashtag.startsWith("#") ? hashtag.substring(1) : hashtag;
        return caller.page(TAG, TAG.path(name), options.params().with(page.params(TAG)), Status.class);
    }

    /** The timeline of one of the user's lists. */
    public Page<Status> list(String listId, PageRequest page) {
        return caller.page(LIST, LIST.path(listId), page.params(LIST), Status.class);
    }

    /** Public statuses that share a link (a trending article's URL), newest first. */
    public Page<Status> link(String url, PageRequest page) {
        Params params = Params.empty().with("url", java.util.Objects.requireNonNull(url, "url")).with(page.params(LINK));
        return caller.page(LINK, LINK.path(), params, Status.class);
    }

    /**
     * The user's direct messages as a flat timeline.
     *
     * @deprecated since Mastodon 2.6; use {@link Conversations#list}.
     */
    @Deprecated
    public Page<Status> direct(PageRequest page) {
        return caller.page(DIRECT, DIRECT.path(), page.params(DIRECT), Status.class);
    }

    /**
     * Options of the public timeline.
     *
     * @param local only statuses of this instance
     * @param remote only statuses of other instances
     * @param onlyMedia only statuses with media attachments
     */
    public record PublicOptions(boolean local, boolean remote, boolean onlyMedia) {
        public static final PublicOptions FEDERATED = new PublicOptions(false, false, false);
        public static final PublicOptions LOCAL = new PublicOptions(true, false, false);
        public static final PublicOptions REMOTE = new PublicOptions(false, true, false);

        public PublicOptions {
            if (local && remote) {
                throw new IllegalArgumentException("local and remote exclude each other");
            }
        }

        Params params() {
            return Params.empty()
                    .with("local", local ? "true" : null)
                    .with("remote", remote ? "true" : null)
                    .with("only_media", onlyMedia ? "true" : null);
        }
    }

    /**
     * Options of a hashtag timeline: more tags to match, and the public timeline's filters.
     *
     * @param any statuses with any of these tags too
     * @param all statuses that also have all of these tags
     * @param none statuses without any of these tags
     */
    public record TagOptions(List<String> any, List<String> all, List<String> none, PublicOptions scope) {
        public static final TagOptions NONE = new TagOptions(List.of(), List.of(), List.of(), PublicOptions.FEDERATED);

        public TagOptions {
            any = List.copyOf(any);
            all = List.copyOf(all);
            none = List.copyOf(none);
            java.util.Objects.requireNonNull(scope, "scope");
        }

        Params params() {
            return scope.params().withAll("any[]", any).withAll("all[]", all).withAll("none[]", none);
        }
    }
}
