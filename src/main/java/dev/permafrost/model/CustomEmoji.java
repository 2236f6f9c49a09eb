package dev.permafrost.model;

/** A custom emoji of an instance. */
public record CustomEmoji(String shortcode, String url, String staticUrl, boolean visibleInPicker, String category) {}
