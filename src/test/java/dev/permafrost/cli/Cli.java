package dev.permafrost.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the permafrost command line in-process with a given environment, capturing its output. */
final class Cli {
    private Cli() {}

    record Result(int exitCode, String out, String err) {
        /** Non-blank output lines. */
        java.util.List<String> lines() {
            return out.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    static Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine(environment);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
