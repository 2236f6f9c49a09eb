package dev.permafrost.client;

/** The calling thread was interrupted while the client waited (for the network, a retry or a rate limit). */
public class CancelledException extends MastodonException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
