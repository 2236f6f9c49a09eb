package dev.permafrost.client.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.permafrost.client.BadRequestException;
import dev.permafrost.client.ClientErrorException;
import dev.permafrost.client.ForbiddenException;
import dev.permafrost.client.GoneException;
import dev.permafrost.client.MalformedResponseException;
import dev.permafrost.client.MastodonException;
import dev.permafrost.client.MastodonException.ErrorContext;
import dev.permafrost.client.NotFoundException;
import dev.permafrost.client.RateLimitException;
import dev.permafrost.client.ServerErrorException;
import dev.permafrost.client.UnauthorizedException;
import dev.permafrost.client.UnprocessableException;
import dev.permafrost.client.ratelimit.RateLimitReading;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/** Turns an unsuccessful answer into the typed exception that names it, with advice. */
public final class ErrorMapper {
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorMapper() {}

    /** The exception for a non-2xx answer. */
    public static MastodonException of(ApiResponse response) {
        ErrorContext context = context(response);
        int status = response.status();
        return switch (status) {
            case 400 -> new BadRequestException("A parameter is missing or malformed; check the call's arguments.", context);
            case 401 -> new UnauthorizedException("The access token is missing, invalid or revoked; "
                    + "log in again (permafrost login) or pass a valid token.", context);
            case 403 -> new ForbiddenException("The token lacks the scope, or the account the role, for this; "
                    + "use a token with the needed scopes (admin endpoints need admin:read / admin:write).", context);
            case 404 -> new NotFoundException("The record does not exist or is not visible to this token, "
                    + "or the server does not offer this endpoint.", context);
            case 410 -> new GoneException("The record or endpoint is gone for good.", context);
            case 422 -> new UnprocessableException("The server rejected the content; see its error for which field.", context);
            case 429 -> new RateLimitException("Rate limit reached" + resetText(RateLimitReading.of(response::header).reset())
                    + "; wait, or use --rate-limit wait|pace.", context, RateLimitReading.of(response::header).reset());
            default -> status >= 500
                    ? new ServerErrorException("The server failed" + htmlNote(response)
                            + " and kept failing through every retry; try again later.", context)
                    : new ClientErrorException("The server refused the request" + htmlNote(response) + ".", context);
        };
    }

    /** The exception for a 2xx answer whose body is not the JSON expected. */
    public static MalformedResponseException malformed(ApiResponse response, String why) {
        return malformed(response, why, null);
    }

    /** The same, keeping the parser's exception as the cause. */
    public static MalformedResponseException malformed(ApiResponse response, String why, Throwable cause) {
        return new MalformedResponseException("The answer is not the JSON expected: " + why
                + ". A proxy or an overloaded server may be in the way; try again later.", context(response), cause);
    }

    /** Why a body that should be JSON is not, or null when it is well-formed JSON. */
    public static String jsonProblem(ApiResponse response) {
        String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || looksLikeHtml(response.body())) {
            return "an HTML page (" + response.body().length + " bytes) instead of JSON";
        }
        if (response.body().length == 0) {
            return "an empty body";
        }
        try (JsonParser parser = JSON.createParser(response.body())) {
            if (parser.nextToken() == null) {
                return "an empty body";
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "more than one JSON document";
            }
            return null;
        } catch (IOException e) {
            return "broken or truncated JSON (" + response.body().length + " bytes)";
        }
    }

    static ErrorContext context(ApiResponse response) {
        String error = null;
        String description = null;
        if (jsonProblem(response) == null) {
            try (JsonParser parser = JSON.createParser(response.body())) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.VALUE_STRING && name.equals("error")) {
                            error = parser.getText();
                        } else if (value == JsonToken.VALUE_STRING && name.equals("error_description")) {
                            description = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
            } catch (IOException ignored) {
                // the error body is only decoration; the status says enough
            }
        }
        return new ErrorContext(response.request().method(), Redactor.url(response.uri()), response.status(),
                Redactor.text(error), Redactor.text(description));
    }

    private static String htmlNote(ApiResponse response) {
        String problem = jsonProblem(response);
        return problem != null && problem.startsWith("an HTML") ? " (it sent " + problem + ")" : "";
    }

    private static String resetText(Instant reset) {
        return reset == null ? "" : " until " + reset;
    }

    private static boolean looksLikeHtml(byte[] body) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        return i < body.length && body[i] == '<';
    }
}
