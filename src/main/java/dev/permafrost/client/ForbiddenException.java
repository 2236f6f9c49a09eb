package dev.permafrost.client;

/** HTTP 403: the token lacks the scope, or the account the right, to do this. */
public class ForbiddenException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public ForbiddenException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
