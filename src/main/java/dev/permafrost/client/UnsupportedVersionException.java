package dev.permafrost.client;

/** The server is too old for the endpoint called, or does not say which version it runs. */
public class UnsupportedVersionException extends MastodonException {
    private static final long serialVersionUID = 1L;

    public UnsupportedVersionException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public UnsupportedVersionException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
