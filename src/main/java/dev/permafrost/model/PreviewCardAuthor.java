package dev.permafrost.model;

/** An author of a linked page, with their fediverse account when the page names one. */
public record PreviewCardAuthor(String name, String url, Account account) {}
