package dev.permafrost.client;

/** HTTP 401: the access token is missing, invalid or revoked. */
public class UnauthorizedException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public UnauthorizedException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
