package dev.permafrost.store;

/** How many rows of one instance a table holds. */
public record TableCount(String table, String instance, long rows) {}
