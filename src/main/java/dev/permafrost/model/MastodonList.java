package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A list of followed accounts that has its own timeline (the List entity). */
public record MastodonList(
        String id,
        String title,
        String repliesPolicy,
        Boolean exclusive,
        @JsonIgnore String raw) implements Entity {}
