package dev.permafrost.cli;

/** A mistake in how a command was called: reported on stderr with exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
