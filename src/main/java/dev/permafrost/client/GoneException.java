package dev.permafrost.client;

/** HTTP 410: the record or endpoint is gone for good. */
public class GoneException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public GoneException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public GoneException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
