package dev.permafrost.client;

/** No usable answer: the connection failed, was reset, or timed out, through every retry. */
public class NetworkException extends MastodonException {
    private static final long serialVersionUID = 1L;

    public NetworkException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public NetworkException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
