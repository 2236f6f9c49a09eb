package dev.permafrost.sim;

/**
 * Every endpoint of the sim, one resource class each. To add an endpoint, add a route to the
 * resource's {@code routes} method (or a new resource class here).
 */
final class Routes {
    private Routes() {
    }

    static Router all(SimContext context) {
        Router router = new Router();
        new InstanceApi(context).routes(router);
        new OAuthApi(context).routes(router);
        new AccountsApi(context).routes(router);
        new TimelinesApi(context).routes(router);
        new StatusesApi(context).routes(router);
        new NotificationsApi(context).routes(router);
        new RelationsApi(context).routes(router);
        new ListsApi(context).routes(router);
        new InboxApi(context).routes(router);
        new MiscApi(context).routes(router);
        new MediaApi(context).routes(router);
        new AdminApi(context).routes(router);
        new FilesApi(context).routes(router);
        new StreamingApi().routes(router);
        new AccountActionsApi(context).routes(router);
        new CredentialsApi(context).routes(router);
        new StatusActionsApi(context).routes(router);
        new ScheduledStatusesApi(context).routes(router);
        new PollsApi(context).routes(router);
        new TagsApi(context).routes(router);
        new GroupedNotificationsApi(context).routes(router, new NotificationsApi(context));
        new NotificationPolicyApi(context).routes(router);
        new FiltersApi(context).routes(router);
        new InstanceDetailsApi(context).routes(router);
        new DiscoveryApi(context).routes(router);
        new ExploreApi(context).routes(router);
        new AdminBlocksApi(context).routes(router);
        new AdminTrendsApi(context).routes(router);
        new AdminMetricsApi(context).routes(router);
        return router;
    }
}
