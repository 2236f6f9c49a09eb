package dev.permafrost.client.api;

import dev.permafrost.client.Params;
import dev.permafrost.model.AnnualReportState;
import dev.permafrost.model.WrappedAnnualReports;

/**
 * Annual reports ("Wrapstodon"): a user's yearly summary, generated on request. See
 * docs.joinmastodon.org/methods/annual_reports.
 */
public final class AnnualReports {
    public static final Endpoint LIST = Endpoint.get("/api/v1/annual_reports", "4.3.0");
    public static final Endpoint GET = Endpoint.get("/api/v1/annual_reports/:year", "4.4.0");
    public static final Endpoint STATE = Endpoint.get("/api/v1/annual_reports/:year/state", "4.6.0");
    public static final Endpoint GENERATE = Endpoint.post("/api/v1/annual_reports/:year/generate", "4.6.0");
    public static final Endpoint READ = Endpoint.post("/api/v1/annual_reports/:year/read", "4.3.0");

    private final Caller caller;

    public AnnualReports(Caller caller) {
        this.caller = caller;
    }

    /** Every report of the user, with the accounts and statuses they refer to. */
    public WrappedAnnualReports list() {
        return caller.one(LIST, LIST.path(), Params.empty(), WrappedAnnualReports.class);
    }

    /** The report of one year, with the accounts and statuses it refers to. */
    public WrappedAnnualReports get(int year) {
        return caller.one(GET, GET.path(year(year)), Params.empty(), WrappedAnnualReports.class);
    }

    /** Whether a year's report is available, being generated, can be asked for, or cannot. */
    public AnnualReportState state(int year) {
        return caller.one(STATE, STATE.path(year(year)), Params.empty(), AnnualReportState.class);
    }

    /** Asks the server to generate a year's report; {@link #state(int)} tells when it is ready. */
    public void generate(int year) {
        caller.empty(GENERATE, GENERATE.path(year(year)), Params.empty());
    }

    /** Marks a year's report as seen. */
    public void markRead(int year) {
        caller.empty(READ, READ.path(year(year)), Params.empty());
    }

    private static String year(int year) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("not a year of Mastodon: " + year);
        }
        return Integer.toString(year);
    }
}
