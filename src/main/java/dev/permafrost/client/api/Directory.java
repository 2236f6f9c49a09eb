package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;
import java.util.Locale;

/**
 * The profile directory: accounts that chose to be discoverable. Public; pages by offset. See
 * docs.joinmastodon.org/methods/directory.
 */
public final class Directory {
    public static final Endpoint LIST = Endpoint.get("/api/v1/directory", "3.0.0").paged(Paging.OFFSET, 40, 80);

    private final Caller caller;

    public Directory(Caller caller) {
        this.caller = caller;
    }

    /**
     * Accounts of the directory, in the order asked.
     *
     * @param localOnly only accounts of this server
     */
    public Page<Account> list(Order order, boolean localOnly, int offset, int limit) {
        Params params = Params.empty().with("order", order.value()).with("local", localOnly ? "true" : null);
        return caller.offsetPage(LIST, LIST.path(), params, offset, limit, Account.class);
    }

    /** The order of the directory. */
    public enum Order {
        /** Most recently active first. */
        ACTIVE,
        /** Newest accounts first. */
        NEW;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
