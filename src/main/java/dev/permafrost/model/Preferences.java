package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The user's preferences from {@code GET /api/v1/preferences}, whose keys contain colons
 * ({@code posting:default:visibility}); keys this version does not know stay in {@link #raw()}.
 */
public record Preferences(
        @JsonProperty("posting:default:visibility") String postingDefaultVisibility,
        @JsonProperty("posting:default:sensitive") Boolean postingDefaultSensitive,
        @JsonProperty("posting:default:language") String postingDefaultLanguage,
        @JsonProperty("posting:default:quote_policy") String postingDefaultQuotePolicy,
        @JsonProperty("reading:expand:media") String readingExpandMedia,
        @JsonProperty("reading:expand:spoilers") Boolean readingExpandSpoilers,
        @JsonProperty("reading:autoplay:gifs") Boolean readingAutoplayGifs,
        @JsonIgnore String raw) implements Entity {}
