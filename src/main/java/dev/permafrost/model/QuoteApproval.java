package dev.permafrost.model;

import java.util.List;

/**
 * Who may quote a status, and how that applies to the user asking ({@code current_user}:
 * automatic, manual, denied, unknown). Values stay strings so new ones parse.
 */
public record QuoteApproval(List<String> automatic, List<String> manual, String currentUser) {

    public QuoteApproval {
        automatic = automatic == null ? List.of() : List.copyOf(automatic);
        manual = manual == null ? List.of() : List.copyOf(manual);
    }
}
