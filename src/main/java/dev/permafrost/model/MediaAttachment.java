package dev.permafrost.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** A file attached to a status: image, video, gifv, audio or unknown. {@code url} is null while processing. */
public record MediaAttachment(
        String id,
        String type,
        String url,
        String previewUrl,
        String remoteUrl,
        String previewRemoteUrl,
        String textUrl,
        String description,
        String blurhash,
        JsonNode meta,
        @JsonIgnore String raw) implements Entity {}
