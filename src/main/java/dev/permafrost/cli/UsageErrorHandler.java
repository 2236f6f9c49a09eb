package dev.permafrost.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Reports a command-line mistake in one line plus a pointer to --help, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("permafrost: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return 2;
    }
}
