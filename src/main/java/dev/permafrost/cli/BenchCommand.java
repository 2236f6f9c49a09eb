package dev.permafrost.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code permafrost bench}: benchmarks against the built-in simulator; one subcommand per benchmark. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks against the built-in simulator (offline). Not part of the tests.",
        subcommands = {BenchCrawl.class, BenchStore.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
