package dev.permafrost.sim;

/** An error answer in Mastodon's shape, {@code {"error": message}}, thrown by handlers. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError notFound() {
        return new ApiError(404, "Record not found");
    }

    static ApiError invalidToken() {
        return new ApiError(401, "The access token is invalid");
    }

    static ApiError userRequired() {
        return new ApiError(422, "This method requires an authenticated user");
    }

    static ApiError outsideScopes() {
        return new ApiError(403, "This action is outside the authorized scopes");
    }

    static ApiError forbidden() {
        return new ApiError(403, "This action is not allowed");
    }

    static ApiError validation(String message) {
        return new ApiError(422, "Validation failed: " + message);
    }
}
