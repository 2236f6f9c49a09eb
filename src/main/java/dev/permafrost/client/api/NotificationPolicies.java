package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.NotificationPolicy;
import dev.permafrost.model.NotificationPolicyV1;
import java.util.Locale;

/**
 * The user's notification filtering policy: which senders' notifications are accepted, filtered
 * (kept aside as {@link NotificationRequests}) or dropped. See
 * docs.joinmastodon.org/methods/notifications (policy).
 */
public final class NotificationPolicies {
    public static final Endpoint GET = Endpoint.get("/api/v2/notifications/policy", "4.3.0");
    public static final Endpoint UPDATE = Endpoint.patch("/api/v2/notifications/policy", "4.3.0");
    /** Shipped only in 4.3 pre-releases; still routed. */
    public static final Endpoint GET_V1 = Endpoint.get("/api/v1/notifications/policy", "4.3.0");
    /** Shipped only in 4.3 pre-releases; still routed. */
    public static final Endpoint UPDATE_V1 = Endpoint.patch("/api/v1/notifications/policy", "4.3.0");

    private final Caller caller;

    public NotificationPolicies(Caller caller) {
        this.caller = caller;
    }

    /** The current policy, with how many requests and filtered notifications wait. */
    public NotificationPolicy get() {
        return caller.one(GET, GET.path(), Params.empty(), NotificationPolicy.class);
    }

    /** Changes the policy for the kinds of sender the change names; the others stay as they are. */
    public NotificationPolicy update(Change change) {
        return caller.one(UPDATE, UPDATE.path(), change.params(), NotificationPolicy.class);
    }

    /**
     * The policy in the boolean shape of the 4.3 pre-releases.
     *
     * @deprecated never in a release; use {@link #get()}
     */
    @Deprecated
    public NotificationPolicyV1 getV1() {
        return caller.one(GET_V1, GET_V1.path(), Params.empty(), NotificationPolicyV1.class);
    }

    /**
     * Changes the policy in the boolean shape of the 4.3 pre-releases: true filters that kind of
     * sender, false accepts it, null leaves it.
     *
     * @deprecated never in a release; use {@link #update(Change)}
     */
    @Deprecated
    public NotificationPolicyV1 updateV1(Boolean filterNotFollowing, Boolean filterNotFollowers, Boolean filterNewAccounts,
                                         Boolean filterPrivateMentions) {
        Params form = Params.empty()
                .with("filter_not_following", filterNotFollowing)
                .with("filter_not_followers", filterNotFollowers)
                .with("filter_new_accounts", filterNewAccounts)
                .with("filter_private_mentions", filterPrivateMentions);
        return caller.one(UPDATE_V1, UPDATE_V1.path(), form, NotificationPolicyV1.class);
    }

    /** What to do with notifications from a kind of sender. */
    public enum Action {
        ACCEPT, FILTER, DROP;

        /** The API's name: {@code accept}, {@code filter}, {@code drop}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A change of the policy; a null action leaves that kind of sender as it is. Start from
     * {@link #NONE} and name what changes: {@code Change.NONE.notFollowing(Action.FILTER)}.
     *
     * @param notFollowing accounts the user does not follow
     * @param notFollowers accounts that do not follow the user
     * @param newAccounts accounts created in the last 30 days
     * @param privateMentions unsolicited private mentions
     * @param limitedAccounts accounts moderators limited
     * @param bots automated accounts (4.5+)
     */
    public record Change(Action notFollowing, Action notFollowers, Action newAccounts, Action privateMentions,
                         Action limitedAccounts, Action bots) {
        public static final Change NONE = new Change(null, null, null, null, null, null);

        public Change notFollowing(Action action) {
            return new Change(action, notFollowers, newAccounts, privateMentions, limitedAccounts, bots);
        }

        public Change notFollowers(Action action) {
            return new Change(notFollowing, action, newAccounts, privateMentions, limitedAccounts, bots);
        }

        public Change newAccounts(Action action) {
            return new Change(notFollowing, notFollowers, action, privateMentions, limitedAccounts, bots);
        }

        public Change privateMentions(Action action) {
            return new Change(notFollowing, notFollowers, newAccounts, action, limitedAccounts, bots);
        }

        public Change limitedAccounts(Action action) {
            return new Change(notFollowing, notFollowers, newAccounts, privateMentions, action, bots);
        }

        public Change bots(Action action) {
            return new Change(notFollowing, notFollowers, newAccounts, privateMentions, limitedAccounts, action);
        }

        Params params() {
            return Params.empty()
                    .with("for_not_following", value(notFollowing))
                    .with("for_not_followers", value(notFollowers))
                    .with("for_new_accounts", value(newAccounts))
                    .with("for_private_mentions", value(privateMentions))
                    .with("for_limited_accounts", value(limitedAccounts))
                    .with("for_bots", value(bots));
        }

        private static String value(Action action) {
            return action == null ? null : action.value();
        }
    }
}
