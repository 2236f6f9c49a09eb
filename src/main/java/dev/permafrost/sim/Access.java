package dev.permafrost.sim;

/**
 * Who may call a route: anyone, any token, a user token with a scope, an admin with a scope, or
 * anyone unless the public timelines are configured to require a token.
 */
record Access(Kind kind, String scope) {
    enum Kind { OPEN, ANY_TOKEN, USER, ADMIN, PUBLIC_FEED }

    static Access open() {
        return new Access(Kind.OPEN, "");
    }

    static Access anyToken() {
        return new Access(Kind.ANY_TOKEN, "");
    }

    static Access user(String scope) {
        return new Access(Kind.USER, scope);
    }

    static Access admin(String scope) {
        return new Access(Kind.ADMIN, scope);
    }

    static Access publicFeed() {
        return new Access(Kind.PUBLIC_FEED, "read:statuses");
    }
}
