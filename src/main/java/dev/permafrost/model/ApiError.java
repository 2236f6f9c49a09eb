package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of an error response: {@code error}, OAuth's {@code error_description}, and for a 422
 * the failed validations per field ({@code details}, e.g. {@code password -> [ERR_BLANK]}).
 * {@code error} is read as text even when a server sends an object there, so reading an error
 * body never fails on its shape.
 */
public record ApiError(
        @JsonDeserialize(using = AnyTextDeserializer.class) String error,
        String errorDescription,
        Map<String, List<Detail>> details,
        @JsonIgnore String raw) implements Entity {

    public ApiError {
        Map<String, List<Detail>> copy = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((field, list) -> copy.put(field, list == null ? List.of() : List.copyOf(list)));
        }
        details = Collections.unmodifiableMap(copy);
    }

    /** One failed validation: a machine code ({@code ERR_BLANK}, {@code ERR_TOO_LONG}...) and a localised text. */
    public record Detail(String error, String description) {}

    /** The error with its description when there is one, for messages. */
    public String message() {
        if (errorDescription == null || errorDescription.isBlank() || errorDescription.equals(error)) {
            return error;
        }
        return error + ": " + errorDescription;
    }
}
