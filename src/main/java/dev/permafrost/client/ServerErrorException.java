package dev.permafrost.client;

/** A 5xx status that persisted through every retry. */
public class ServerErrorException extends MastodonException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public ServerErrorException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
