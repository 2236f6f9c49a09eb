package dev.permafrost.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The admin dashboard's numbers, computed from the world: measures per day, dimensions
 * (breakdowns) and sign-up retention. Unknown keys are left out, as Mastodon does; a missing or
 * malformed date is a 400.
 */
final class AdminMetricsApi {
    private static final long DAY = 86_400_000L;
    private static final int MAX_DAYS = 1000;

    private final SimContext context;
    private final World world;

    AdminMetricsApi(SimContext context) {
        this.context = context;
        this.world = context.world;
    }

    void routes(Router router) {
        Access read = Access.admin("admin:read");
        router.post("/api/v1/admin/measures", read, this::measures)
                .post("/api/v1/admin/dimensions", read, this::dimensions)
                .post("/api/v1/admin/retention", read, this::retention);
    }

    /** The days asked for, as [start, end) in epoch milliseconds. */
    private record Span(long start, long end) {
        static Span of(Params params) {
            long start = day(params, "start_at");
            long end = day(params, "end_at") + DAY;
            if (end <= start) {
                throw ApiError.validation("end_at must not be before start_at");
            }
            return new Span(start, end);
        }

        /** The span, unless it has more days than an answer with a row per day should hold. */
        Span daily() {
            if ((end - start) / DAY > MAX_DAYS) {
                throw ApiError.validation("at most " + MAX_DAYS + " days a request");
            }
            return this;
        }

        private static long day(Params params, String name) {
            String text = params.first(name).orElse("").trim();
            if (text.length() < 10) {
                throw new ApiError(400, "param is missing or the value is empty: " + name);
            }
            try {
                return LocalDate.parse(text.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new ApiError(400, "invalid date in " + name + ": " + text);
            }
        }

        Span previous() {
            return new Span(start - (end - start), start);
        }
    }

    private SimResponse measures(SimRequest request) {
        Params params = request.params;
        Span span = Span.of(params).daily();
        return context.json(json -> {
            json.writeStartArray();
            for (String key : params.all("keys")) {
                IntPredicate subject = subject(params, key);
                if (subject == null) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("key", key);
                if (key.equals("instance_media_attachments")) {
                    json.writeStringField("unit", "bytes");
                } else {
                    json.writeNullField("unit");
                }
                json.writeStringField("total", Long.toString(measure(key, subject, span)));
                json.writeStringField("previous_total", Long.toString(measure(key, subject, span.previous())));
                json.writeArrayFieldStart("data");
                for (long day = span.start; day < span.end; day += DAY) {
                    json.writeStartObject();
                    json.writeStringField("date", Html.dateTime(day));
                    json.writeStringField("value", Long.toString(measure(key, subject, new Span(day, day + DAY))));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /**
     * Which accounts a key is about: local accounts for the server-wide keys, the accounts of
     * {@code key[domain]} for instance keys, any for tag keys; null for an unknown key.
     */
    private IntPredicate subject(Params params, String key) {
        if (key.startsWith("instance_")) {
            String domain = params.first(key + "[domain]").orElse("").toLowerCase(Locale.ROOT);
            return account -> world.social.accounts.get(account).domain.equals(domain);
        }
        return switch (key) {
            case "active_users", "new_users", "interactions", "opened_reports", "resolved_reports" ->
                    account -> world.social.accounts.get(account).local();
            case "tag_accounts", "tag_uses", "tag_servers" -> account -> true;
            default -> null;
        };
    }

    private long measure(String key, IntPredicate subject, Span span) {
        return switch (key) {
            case "new_users", "instance_accounts" -> accountsCreated(subject, span).size();
            case "active_users" -> authors(subject, span, row -> true).size();
            case "interactions" -> statuses(subject, span, row -> world.timelines.rows.has(row, StatusTable.REPLY)
                    || world.timelines.rows.has(row, StatusTable.REBLOG));
            case "instance_statuses" -> statuses(subject, span, row -> true);
            case "instance_media_attachments" -> 150_000L * statuses(subject, span,
                    row -> world.timelines.rows.mediaCount(row) > 0);
            case "opened_reports", "instance_reports" -> reports(subject, span, false);
            case "resolved_reports" -> reports(subject, span, true);
            default -> 0;
        };
    }

    private List<Integer> accountsCreated(IntPredicate subject, Span span) {
        List<Integer> created = new ArrayList<>();
        IdIndex byId = world.social.accountById;
        for (int p = byId.ceilingPosition(Snowflake.of(span.start, 0)); p < byId.size() && byId.key(p) < Snowflake.of(span.end, 0); p++) {
            int account = byId.value(p);
            if (subject.test(account) && world.moderation.exists(account)) {
                created.add(account);
            }
        }
        return created;
    }

    /** Calls the visitor with each status row of the span whose author is a subject. */
    private void eachStatus(IntPredicate subject, Span span, java.util.function.IntConsumer visitor) {
        IdIndex all = world.timelines.all;
        long end = Snowflake.of(span.end, 0);
        for (int p = all.ceilingPosition(Snowflake.of(span.start, 0)); p < all.size() && all.key(p) < end; p++) {
            int row = all.value(p);
            if (subject.test(world.timelines.rows.author(row))) {
                visitor.accept(row);
            }
        }
    }

    private long statuses(IntPredicate subject, Span span, IntPredicate test) {
        long[] count = {0};
        eachStatus(subject, span, row -> {
            if (test.test(row)) {
                count[0]++;
            }
        });
        return count[0];
    }

    private Set<Integer> authors(IntPredicate subject, Span span, IntPredicate test) {
        Set<Integer> authors = new HashSet<>();
        eachStatus(subject, span, row -> {
            if (test.test(row)) {
                authors.add(world.timelines.rows.author(row));
            }
        });
        return authors;
    }

    private long reports(IntPredicate subject, Span span, boolean resolved) {
        long count = 0;
        for (Moderation.Report report : world.moderation.reports) {
            long at = resolved ? report.actionTakenAtMillis : report.createdMillis;
            if (at >= span.start && at < span.end && subject.test(report.target)) {
                count++;
            }
        }
        return count;
    }

    private SimResponse dimensions(SimRequest request) {
        Params params = request.params;
        Span span = Span.of(params);
        int limit = Math.max(1, Paginator.limit(params, 10));
        return context.json(json -> {
            json.writeStartArray();
            for (String key : params.all("keys")) {
                Map<String, Long> rows = dimension(params, key, span);
                if (rows == null) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("key", key);
                json.writeArrayFieldStart("data");
                rows.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(limit)
                        .forEach(entry -> dimensionRow(json, key, entry.getKey(), entry.getValue()));
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** The rows of a dimension (key to count), or null for an unknown key. */
    private Map<String, Long> dimension(Params params, String key, Span span) {
        Map<String, Long> rows = new LinkedHashMap<>();
        String domain = params.first(key + "[domain]").orElse("").toLowerCase(Locale.ROOT);
        IntPredicate ofDomain = account -> world.social.accounts.get(account).domain.equals(domain);
        IntPredicate anyone = account -> true;
        switch (key) {
            case "languages" -> eachStatus(account -> world.social.accounts.get(account).local(), span,
                    row -> rows.merge(TextGen.LANGUAGES.get(world.timelines.rows.language(row)), 1L, Long::sum));
            case "instance_languages" -> eachStatus(ofDomain, span,
                    row -> rows.merge(TextGen.LANGUAGES.get(world.timelines.rows.language(row)), 1L, Long::sum));
            case "tag_languages", "tag_servers" -> {
                int bit = tagBit(params, key);
                eachStatus(anyone, span, row -> {
                    if ((world.timelines.rows.tags(row) & bit) != 0) {
                        AccountRow author = world.social.accounts.get(world.timelines.rows.author(row));
                        String name = key.equals("tag_servers") ? (author.local() ? context.domain() : author.domain)
                                : TextGen.LANGUAGES.get(world.timelines.rows.language(row));
                        rows.merge(name, 1L, Long::sum);
                    }
                });
            }
            case "servers" -> eachStatus(account -> !world.social.accounts.get(account).local(), span,
                    row -> rows.merge(world.social.accounts.get(world.timelines.rows.author(row)).domain, 1L, Long::sum));
            case "instance_accounts" -> eachStatus(ofDomain, span,
                    row -> rows.merge(world.social.accounts.get(world.timelines.rows.author(row)).username, 1L, Long::sum));
            case "sources" -> rows.put("web", statuses(account -> world.social.accounts.get(account).local(), span, row -> true));
            case "space_usage" -> {
                rows.put("postgresql", 3_000L * world.timelines.all.size());
                rows.put("media", 150_000L * statuses(anyone, span, row -> world.timelines.rows.mediaCount(row) > 0));
            }
            case "software_versions" -> rows.put("mastodon", 1L);
            default -> {
                return null;
            }
        }
        return rows;
    }

    private int tagBit(Params params, String key) {
        long id = context.codec.decode(params.first(key + "[id]").orElse(""));
        return id >= 1 && id <= TextGen.TAGS.size() ? 1 << (id - 1) : 0;
    }

    private void dimensionRow(JsonGenerator json, String key, String name, long value) {
        try {
            json.writeStartObject();
            json.writeStringField("key", name);
            json.writeStringField("human_key", humanKey(key, name));
            if (key.equals("software_versions")) {
                json.writeStringField("value", InstanceApi.VERSION);
                json.writeStringField("human_value", InstanceApi.VERSION);
            } else if (key.equals("space_usage")) {
                json.writeStringField("value", Long.toString(value));
                json.writeStringField("unit", "bytes");
                json.writeStringField("human_value", (value / 1024) + " KB");
            } else {
                json.writeStringField("value", Long.toString(value));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String humanKey(String key, String name) {
        return switch (key) {
            case "languages", "instance_languages", "tag_languages" ->
                    Locale.forLanguageTag(name).getDisplayLanguage(Locale.ENGLISH);
            case "sources" -> "Website";
            case "space_usage" -> name.equals("postgresql") ? "PostgreSQL" : "Media";
            case "software_versions" -> "Mastodon";
            default -> name;
        };
    }

    /** Cohorts of local sign-ups per day or month, and how many of each posted in each later period. */
    private SimResponse retention(SimRequest request) {
        Params params = request.params;
        Span span = Span.of(params).daily();
        String frequency = params.first("frequency").orElse("day");
        if (!frequency.equals("day") && !frequency.equals("month")) {
            throw ApiError.validation("Frequency is not included in the list");
        }
        List<Span> periods = periods(span, frequency);
        return context.json(json -> {
            json.writeStartArray();
            for (int i = 0; i < periods.size(); i++) {
                Span period = periods.get(i);
                List<Integer> cohort = accountsCreated(account -> world.social.accounts.get(account).local(), period);
                json.writeStartObject();
                json.writeStringField("period", Html.dateTime(period.start));
                json.writeStringField("frequency", frequency);
                json.writeArrayFieldStart("data");
                for (int j = i; j < periods.size(); j++) {
                    Span later = periods.get(j);
                    long active = j == i ? cohort.size() : cohort.stream().filter(account -> posted(account, later)).count();
                    json.writeStartObject();
                    json.writeStringField("date", Html.dateTime(later.start));
                    json.writeNumberField("rate", cohort.isEmpty() ? 0.0 : (double) active / cohort.size());
                    json.writeStringField("value", Long.toString(active));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private boolean posted(int account, Span span) {
        IdIndex statuses = world.timelines.byAuthor.get(account);
        int p = statuses.ceilingPosition(Snowflake.of(span.start, 0));
        return p < statuses.size() && statuses.key(p) < Snowflake.of(span.end, 0);
    }

    private static List<Span> periods(Span span, String frequency) {
        List<Span> periods = new ArrayList<>();
        LocalDate day = java.time.Instant.ofEpochMilli(span.start).atZone(ZoneOffset.UTC).toLocalDate();
        if (frequency.equals("month")) {
            day = day.withDayOfMonth(1);
        }
        while (day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() < span.end) {
            LocalDate next = frequency.equals("month") ? day.plusMonths(1) : day.plusDays(1);
            periods.add(new Span(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    next.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
            day = next;
        }
        return periods;
    }
}
