package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** A version of a server's terms of service, and whether it is in effect yet. */
public record TermsOfService(
        LocalDate effectiveDate,
        boolean effective,
        String content,
        LocalDate succeededBy,
        @JsonIgnore String raw) implements Entity {}
