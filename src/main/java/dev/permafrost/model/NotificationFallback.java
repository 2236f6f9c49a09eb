package dev.permafrost.model;

/** Text a server offers for a notification type a client may not know, so it can still show something. */
public record NotificationFallback(String title, String summary, String details) {}
