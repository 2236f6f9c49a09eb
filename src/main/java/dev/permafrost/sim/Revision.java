package dev.permafrost.sim;

/** One version of a status's text, kept for statuses posted or edited through the API. */
record Revision(String text, String spoilerText, boolean sensitive, long atMillis) {
}
