package dev.permafrost.client;

/** HTTP 400: a parameter was missing or malformed. */
public class BadRequestException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public BadRequestException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
