package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** What {@code GET /api/v2/search} found (the Search entity): accounts, statuses, hashtags and, since 4.6, collections. */
public record SearchResults(
        List<Account> accounts,
        List<Status> statuses,
        List<Tag> hashtags,
        List<AccountCollection> collections,
        @JsonIgnore String raw) implements Entity {

    public SearchResults {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        collections = collections == null ? List.of() : List.copyOf(collections);
    }
}
