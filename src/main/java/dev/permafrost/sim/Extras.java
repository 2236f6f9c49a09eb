package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The main user's filters and scheduled statuses. Guarded by the {@link World}'s lock. */
final class Extras {
    /** A v2 filter with its keywords and statuses; changed in place by the filter endpoints. */
    static final class FilterRow {
        final long id;
        String title;
        List<String> context;
        String action;
        /** When it stops applying, or -1 for never. */
        long expiresAtMillis = -1;
        final List<KeywordRow> keywords = new ArrayList<>();
        final List<FilterStatusRow> statuses = new ArrayList<>();

        FilterRow(long id, String title, List<String> context, String action) {
            this.id = id;
            this.title = title;
            this.context = List.copyOf(context);
            this.action = action;
        }
    }

    /** A keyword of a filter, with its own ID (which is also its v1 filter's ID). */
    record KeywordRow(long id, String keyword, boolean wholeWord) {
    }

    /** A status a filter matches, with its own ID. */
    record FilterStatusRow(long id, long statusId) {
    }

    /** A status scheduled for later. */
    record Scheduled(long id, long scheduledAtMillis, String text, String visibility) {
    }

    final List<FilterRow> filters = new ArrayList<>();
    final List<Scheduled> scheduled = new ArrayList<>();
    final IdIndex scheduledIndex = new IdIndex();
    long nextFilterId = 1;
    long nextKeywordId = 1;
    long nextFilterStatusId = 1;

    void addScheduled(Scheduled status) {
        scheduledIndex.put(status.id(), scheduled.size());
        scheduled.add(status);
    }

    FilterRow addFilter(String title, List<String> context, String action) {
        FilterRow filter = new FilterRow(nextFilterId++, title, context, action);
        filters.add(filter);
        return filter;
    }

    KeywordRow addKeyword(FilterRow filter, String keyword, boolean wholeWord) {
        KeywordRow row = new KeywordRow(nextKeywordId++, keyword, wholeWord);
        filter.keywords.add(row);
        return row;
    }

    Optional<FilterRow> filter(long id) {
        return filters.stream().filter(filter -> filter.id == id).findFirst();
    }

    /** The filter that holds a keyword. */
    Optional<FilterRow> filterOfKeyword(long keywordId) {
        return filters.stream().filter(filter -> filter.keywords.stream().anyMatch(k -> k.id() == keywordId)).findFirst();
    }

    /** The filter that holds a filtered status. */
    Optional<FilterRow> filterOfStatus(long filterStatusId) {
        return filters.stream().filter(filter -> filter.statuses.stream().anyMatch(s -> s.id() == filterStatusId)).findFirst();
    }
}
