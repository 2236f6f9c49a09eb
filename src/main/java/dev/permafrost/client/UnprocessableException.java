package dev.permafrost.client;

/** HTTP 422: the server understood the request but its content failed validation. */
public class UnprocessableException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public UnprocessableException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public UnprocessableException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
