package dev.permafrost.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and exit code 1. Messages of
 * Permafrost's exceptions are written for people and never hold a token.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("permafrost: " + describe(e));
        if (e instanceof UsageException) {
            return 2;
        }
        if (Boolean.getBoolean("permafrost.debug")) {
            e.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
