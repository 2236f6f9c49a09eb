package dev.permafrost.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code permafrost} command: preserves Mastodon data. Each subcommand is a class of this package. */
@Command(
        name = "permafrost",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Preserves Mastodon data: crawls timelines, accounts and notifications into H2 or Parquet archives.",
        subcommands = {
            CommandLine.HelpCommand.class,
            SimCommand.class,
            StatsCommand.class,
            ExportCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 failure, 2 usage error. */
    public static int run(String... args) {
        return commandLine(System.getenv()).execute(args);
    }

    /** The command line with its subcommands, reading tokens and settings from this environment. */
    static CommandLine commandLine(java.util.Map<String, String> environment) {
        Logins logins = new Logins(environment);
        CommandLine line = new CommandLine(new Main());
        line.addSubcommand(new LoginCommand(logins));
        line.addSubcommand(new FetchCommand(logins));
        line.addSubcommand(new DemoCommand());
        line.addSubcommand(new ApiCommand(logins));
        line.addSubcommand(new ArchiveCommand(logins));
        line.addSubcommand(new CrawlCommand(logins));
        line.addSubcommand(new RunCommand(environment));
        line.addSubcommand(new BenchCommand());
        line.setExecutionExceptionHandler(new ErrorHandler());
        line.setParameterExceptionHandler(new UsageErrorHandler());
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
