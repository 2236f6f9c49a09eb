package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** Annual reports with the accounts and statuses they refer to by id. */
public record WrappedAnnualReports(
        List<AnnualReport> annualReports,
        List<Account> accounts,
        List<Status> statuses,
        @JsonIgnore String raw) implements Entity {

    public WrappedAnnualReports {
        annualReports = annualReports == null ? List.of() : List.copyOf(annualReports);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
