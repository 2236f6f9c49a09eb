package dev.permafrost.client;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every error the client raises. It carries what a person needs to understand the
 * failure: the HTTP method, the URL (tokens and secrets removed), the HTTP status when the server
 * answered, and the server's {@code error} / {@code error_description}.
 *
 * <p>Subclasses name the kind of failure; catch this class to handle them all.
 */
public class MastodonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String url;
    private final int status;
    private final String error;
    private final String errorDescription;

    /**
     * @param failure what happened and what to do, in words for a person
     * @param context the request and, if the server answered, its status and error body
     */
    public MastodonException(String failure, ErrorContext context, Throwable cause) {
        super(compose(failure, context), cause);
        this.method = context.method();
        this.url = context.url();
        this.status = context.status();
        this.error = context.error();
        this.errorDescription = context.errorDescription();
    }

    public MastodonException(String failure, ErrorContext context) {
        this(failure, context, null);
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** The URL of the failed request, without tokens or secrets. */
    public String url() {
        return url;
    }

    /** The HTTP status, if the server answered. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** The server's {@code error} field, if it sent one. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The server's {@code error_description} field, if it sent one. */
    public Optional<String> errorDescription() {
        return Optional.ofNullable(errorDescription);
    }

    private static String compose(String failure, ErrorContext context) {
        StringBuilder message = new StringBuilder();
        message.append(context.method()).append(' ').append(context.url());
        if (context.status() > 0) {
            message.append(" -> HTTP ").append(context.status());
        }
        if (context.error() != null) {
            message.append(": \"").append(context.error()).append('"');
            if (context.errorDescription() != null) {
                message.append(" (").append(context.errorDescription()).append(')');
            }
        }
        message.append(". ").append(failure);
        return message.toString();
    }

    /**
     * The request and answer an error is about. {@code url} must already be redacted;
     * {@code status} is 0 when no answer came.
     */
    public record ErrorContext(String method, String url, int status, String error, String errorDescription) {
        public static ErrorContext request(String method, String url) {
            return new ErrorContext(method, url, 0, null, null);
        }
    }
}
