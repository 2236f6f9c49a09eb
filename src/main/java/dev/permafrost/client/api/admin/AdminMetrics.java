package dev.permafrost.client.api.admin;

import dev.permafrost.client.Params;
import dev.permafrost.client.api.Endpoint;
import dev.permafrost.model.AdminCohort;
import dev.permafrost.model.AdminDimension;
import dev.permafrost.model.AdminMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of the admin dashboard: measures over time, breakdowns (dimensions) and sign-up
 * retention. See docs.joinmastodon.org/methods/admin/measures, /dimensions and /retention. Needs
 * {@code admin:read}. These are POST requests that change nothing.
 */
public final class AdminMetrics {
    public static final Endpoint MEASURES = Endpoint.post("/api/v1/admin/measures", "3.5.0");
    public static final Endpoint DIMENSIONS = Endpoint.post("/api/v1/admin/dimensions", "3.5.0");
    public static final Endpoint RETENTION = Endpoint.post("/api/v1/admin/retention", "3.5.0");

    private static final String READ = "admin:read";

    private final AdminCaller caller;

    AdminMetrics(AdminCaller caller) {
        this.caller = caller;
    }

    /**
     * Quantities over a period, each with its total and daily values.
     *
     * @throws IllegalArgumentException before any request when an {@code INSTANCE_*} key has no
     *     domain or a {@code TAG_*} key no tag ID
     */
    public List<AdminMeasure> measures(MeasureQuery query) {
        return caller.list(MEASURES, MEASURES.path(), query.params(), READ, AdminMeasure.class);
    }

    /**
     * Breakdowns of the server over a period (languages, sources, servers, space usage...).
     *
     * @throws IllegalArgumentException before any request when an {@code INSTANCE_*} key has no
     *     domain or a {@code TAG_*} key no tag ID
     */
    public List<AdminDimension> dimensions(DimensionQuery query) {
        return caller.list(DIMENSIONS, DIMENSIONS.path(), query.params(), READ, AdminDimension.class);
    }

    /** How many of the users who signed up in each day (or month) of a period stayed active. */
    public List<AdminCohort> retention(LocalDate startAt, LocalDate endAt, Frequency frequency) {
        Objects.requireNonNull(frequency, "frequency");
        Params params = Period.of(startAt, endAt).params().with("frequency", AdminAccounts.lower(frequency));
        return caller.list(RETENTION, RETENTION.path(), params, READ, AdminCohort.class);
    }

    /** The cohorts of {@link #retention}. */
    public enum Frequency { DAY, MONTH }

    /** The measures Mastodon tracks; {@code INSTANCE_*} need a domain, {@code TAG_*} a tag ID. */
    public enum Measure {
        ACTIVE_USERS, NEW_USERS, INTERACTIONS, OPENED_REPORTS, RESOLVED_REPORTS,
        TAG_ACCOUNTS, TAG_USES, TAG_SERVERS,
        INSTANCE_ACCOUNTS, INSTANCE_MEDIA_ATTACHMENTS, INSTANCE_REPORTS, INSTANCE_STATUSES, INSTANCE_FOLLOWS,
        INSTANCE_FOLLOWERS
    }

    /** The breakdowns Mastodon offers; {@code INSTANCE_*} need a domain, {@code TAG_*} a tag ID. */
    public enum Dimension {
        LANGUAGES, SOURCES, SERVERS, SPACE_USAGE, SOFTWARE_VERSIONS, TAG_SERVERS, TAG_LANGUAGES, INSTANCE_ACCOUNTS,
        INSTANCE_LANGUAGES
    }

    /**
     * Which measures over which days.
     *
     * @param domain the server the {@code INSTANCE_*} measures are about, or null
     * @param tagId the hashtag the {@code TAG_*} measures are about, or null
     */
    public record MeasureQuery(List<Measure> keys, LocalDate startAt, LocalDate endAt, String domain, String tagId) {
        public MeasureQuery {
            keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("no measure keys");
            }
            Period.of(startAt, endAt);
        }

        public static MeasureQuery of(List<Measure> keys, LocalDate startAt, LocalDate endAt) {
            return new MeasureQuery(keys, startAt, endAt, null, null);
        }

        public MeasureQuery domain(String value) {
            return new MeasureQuery(keys, startAt, endAt, value, tagId);
        }

        public MeasureQuery tagId(String value) {
            return new MeasureQuery(keys, startAt, endAt, domain, value);
        }

        /** @throws IllegalArgumentException when a key lacks the domain or tag it is about */
        Params params() {
            Params params = Params.empty();
            for (Measure key : keys) {
                requireSubject(key.name(), domain, tagId);
                params = params.with("keys[]", AdminAccounts.lower(key));
            }
            params = params.with(Period.of(startAt, endAt).params());
            for (Measure key : keys) {
                params = params.with(subject(AdminAccounts.lower(key), domain, tagId));
            }
            return params;
        }
    }

    /**
     * Which breakdowns over which days, with at most {@code limit} rows each (0 for the server's default).
     *
     * @param domain the server the {@code INSTANCE_*} dimensions are about, or null
     * @param tagId the hashtag the {@code TAG_*} dimensions are about, or null
     */
    public record DimensionQuery(List<Dimension> keys, LocalDate startAt, LocalDate endAt, int limit, String domain,
                                 String tagId) {
        public DimensionQuery {
            keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("no dimension keys");
            }
            if (limit < 0) {
                throw new IllegalArgumentException("limit < 0: " + limit);
            }
            Period.of(startAt, endAt);
        }

        public static DimensionQuery of(List<Dimension> keys, LocalDate startAt, LocalDate endAt) {
            return new DimensionQuery(keys, startAt, endAt, 0, null, null);
        }

        public DimensionQuery limit(int value) {
            return new DimensionQuery(keys, startAt, endAt, value, domain, tagId);
        }

        public DimensionQuery domain(String value) {
            return new DimensionQuery(keys, startAt, endAt, limit, value, tagId);
        }

        public DimensionQuery tagId(String value) {
            return new DimensionQuery(keys, startAt, endAt, limit, domain, value);
        }

        /** @throws IllegalArgumentException when a key lacks the domain or tag it is about */
        Params params() {
            Params params = Params.empty();
            for (Dimension key : keys) {
                requireSubject(key.name(), domain, tagId);
                params = params.with("keys[]", AdminAccounts.lower(key));
            }
            params = params.with(Period.of(startAt, endAt).params()).with("limit", limit > 0 ? limit : null);
            for (Dimension key : keys) {
                params = params.with(subject(AdminAccounts.lower(key), domain, tagId));
            }
            return params;
        }
    }

    private static void requireSubject(String key, String domain, String tagId) {
        if (key.startsWith("INSTANCE_") && (domain == null || domain.isBlank())) {
            throw new IllegalArgumentException(key.toLowerCase(java.util.Locale.ROOT) + " needs a domain");
        }
        if (key.startsWith("TAG_") && (tagId == null || tagId.isBlank())) {
            throw new IllegalArgumentException(key.toLowerCase(java.util.Locale.ROOT) + " needs a tag ID");
        }
    }

    /** {@code instance_accounts[domain]=...} or {@code tag_uses[id]=...}: what a key is about. */
    private static Params subject(String key, String domain, String tagId) {
        if (key.startsWith("instance_")) {
            return Params.empty().with(key + "[domain]", domain);
        }
        if (key.startsWith("tag_")) {
            return Params.empty().with(key + "[id]", tagId);
        }
        return Params.empty();
    }

    /** The days a query covers, both included. */
    private record Period(LocalDate startAt, LocalDate endAt) {
        static Period of(LocalDate startAt, LocalDate endAt) {
            Objects.requireNonNull(startAt, "startAt");
            Objects.requireNonNull(endAt, "endAt");
            if (endAt.isBefore(startAt)) {
                throw new IllegalArgumentException("endAt " + endAt + " is before startAt " + startAt);
            }
            return new Period(startAt, endAt);
        }

        Params params() {
            return Params.empty().with("start_at", startAt.toString()).with("end_at", endAt.toString());
        }
    }
}
