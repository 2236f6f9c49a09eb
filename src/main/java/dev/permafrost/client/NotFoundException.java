package dev.permafrost.client;

/** HTTP 404: the record does not exist, is not visible to this token, or the server does not offer the endpoint. */
public class NotFoundException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public NotFoundException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
