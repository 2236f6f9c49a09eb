package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Whether a year's report can be had: available, generating, eligible or ineligible. */
public record AnnualReportState(String state, @JsonIgnore String raw) implements Entity {}
