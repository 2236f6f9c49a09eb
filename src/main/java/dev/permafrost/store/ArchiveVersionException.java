package dev.permafrost.store;

/**
 * Thrown when an archive was written by a newer Permafrost than this one: its schema has versions
 * this code does not know, so opening it could silently lose data. Use the newer Permafrost.
 */
public final class ArchiveVersionException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    private final String archiveVersion;
    private final String codeVersion;

    public ArchiveVersionException(String message, String archiveVersion, String codeVersion) {
        super(message);
        this.archiveVersion = archiveVersion;
        this.codeVersion = codeVersion;
    }

    /** The schema version the archive has. */
    public String archiveVersion() {
        return archiveVersion;
    }

    /** The newest schema version this code knows. */
    public String codeVersion() {
        return codeVersion;
    }
}
