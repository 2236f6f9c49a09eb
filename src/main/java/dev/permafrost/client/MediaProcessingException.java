package dev.permafrost.client;

/**
 * An uploaded media file that did not become usable: the server failed to process it (its
 * answer, with the server's own error, is the cause), or it was still processing when the wait
 * allowed for it ran out ({@link #timedOut()}).
 */
public class MediaProcessingException extends MastodonException {
    private static final long serialVersionUID = 1L;

    private final String mediaId;
    private final boolean timedOut;

    public MediaProcessingException(String failure, ErrorContext context, String mediaId, boolean timedOut, Throwable cause) {
        super(failure, context, cause);
        this.mediaId = mediaId;
        this.timedOut = timedOut;
    }

    /** The ID of the media attachment the server created for the upload. */
    public String mediaId() {
        return mediaId;
    }

    /** Whether the wait ran out while the server was still processing (rather than failing). */
    public boolean timedOut() {
        return timedOut;
    }
}
