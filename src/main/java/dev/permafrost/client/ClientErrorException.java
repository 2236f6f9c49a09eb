package dev.permafrost.client;

/** The server refused the request (a 4xx status); subclasses name the common ones. */
public class ClientErrorException extends MastodonException {
    private static final long serialVersionUID = 1L;

    public ClientErrorException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public ClientErrorException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
