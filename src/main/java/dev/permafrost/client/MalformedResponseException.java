package dev.permafrost.client;

/** The server answered, but not with the JSON expected (an HTML error page, a truncated body), through every retry. */
public class MalformedResponseException extends MastodonException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String failure, ErrorContext context) {
        super(failure, context);
    }

    public MalformedResponseException(String failure, ErrorContext context, Throwable cause) {
        super(failure, context, cause);
    }
}
