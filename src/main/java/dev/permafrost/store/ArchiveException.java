package dev.permafrost.store;

/**
 * Thrown when an archive cannot do what was asked: the file cannot be opened, a write failed and
 * was rolled back, the data is not what the archive expects. The message names the archive and
 * what to do; it never holds a token.
 */
public class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
