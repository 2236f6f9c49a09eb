package dev.permafrost.client.api;

import dev.permafrost.client.Page;
import dev.permafrost.client.PageRequest;
import dev.permafrost.client.api.Endpoint.Paging;
import dev.permafrost.model.Account;

/** Accounts the user features on their profile. See docs.joinmastodon.org/methods/endorsements. */
public final class Endorsements {
    public static final Endpoint LIST = Endpoint.get("/api/v1/endorsements", "2.5.0").paged(Paging.LINK_IGNORES_MIN_ID, 40, 80);

    private final Caller caller;

    public Endorsements(Caller caller) {
        this.caller = caller;
    }

    /** Featured accounts. Pages by hidden IDs; ignores {@code min_id}. */
    public Page<Account> list(PageRequest page) {
        return caller.page(LIST, LIST.path(), page.params(LIST), Account.class);
    }
}
