package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/** A report as moderators see it: reporter, target, assignee, the reported statuses and the rules cited. */
public record AdminReport(
        String id,
        boolean actionTaken,
        Instant actionTakenAt,
        String category,
        String comment,
        boolean forwarded,
        Instant createdAt,
        Instant updatedAt,
        AdminAccount account,
        AdminAccount targetAccount,
        AdminAccount assignedAccount,
        AdminAccount actionTakenByAccount,
        List<Status> statuses,
        List<InstanceRule> rules,
        @JsonIgnore String raw) implements Entity {

    public AdminReport {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
