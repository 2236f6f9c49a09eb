package dev.permafrost.model;

import java.util.List;

/**
 * Who may feature an account in a collection, and how that applies to the user asking
 * ({@code current_user}: automatic, manual, denied, ...). Values stay strings so new ones parse.
 */
public record FeatureApproval(List<String> automatic, List<String> manual, String currentUser) {

    public FeatureApproval {
        automatic = automatic == null ? List.of() : List.copyOf(automatic);
        manual = manual == null ? List.of() : List.copyOf(manual);
    }
}
