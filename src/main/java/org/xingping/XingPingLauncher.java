package org.xingping;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.xingping.observation.cli.PlanCommand;
import org.xingping.platform.cli.DatabaseCommand;
import org.xingping.standard.cli.EvaluateCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Decides from the arguments whether the jar serves the web application or runs one command of
 * the interfaces contract. Commands that need no database (evaluate, plan) never start Spring,
 * so they answer within a JVM start; commands that do start Spring without a web server.
 */
final class XingPingLauncher {

    private XingPingLauncher() {
    }

    /** Runs what the arguments ask for: the exit code of a command, or empty while serving. */
    static OptionalInt launch(String[] args) {
        CommandLine commandLine = commandLine();
        int code = commandLine.execute(args);
        return code == SERVING ? OptionalInt.empty() : OptionalInt.of(code);
    }

    private static final int SERVING = Integer.MIN_VALUE;

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Serve())
                .addSubcommand("serve", new Serve())
                .addSubcommand("import", new ImportCommand())
                .addSubcommand("evaluate", new EvaluateCommand())
                .addSubcommand("plan", new PlanCommand())
                .addSubcommand("export", new ExportCommand())
                .addSubcommand("backup", new BackupCommand())
                .addSubcommand("restore", new RestoreCommand());
        commandLine.setExecutionStrategy(XingPingLauncher::execute);
        // Chinese help, summaries and CSV must survive a C or POSIX locale, where Java would
        // otherwise print them as question marks; set after the subcommands so they share it.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    private static int execute(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        Object command = last.commandSpec().userObject();
        if (command instanceof Serve serve) {
            String unknown = serve.unknownWord();
            if (unknown != null) {
                last.commandSpec().commandLine().getErr().printf("未知命令或参数：%s（可用 --help 查看命令）%n"
                        + "Unknown command or argument: %s (see --help)%n", unknown, unknown);
                return CommandLine.ExitCode.USAGE;
            }
            serve.start();
            return SERVING;
        }
        if (command instanceof DatabaseCommand databaseCommand) {
            int usage = databaseCommand.usage();
            if (usage != 0) {
                return usage;
            }
            // Standard output carries the command's one-line summary alone: the log goes to standard error.
            last.commandSpec().commandLine().getOut();
            PrintStream stdout = System.out;
            System.setOut(System.err);
            try {
                return Headless.run(databaseCommand);
            } finally {
                System.setOut(stdout);
            }
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /**
     * Spring without a web server, for the commands that work on the database. A class of its own
     * because verifying code that hands a context to a command loads a dozen of Spring's types
     * from the fat jar, which the commands without Spring (evaluate, plan) should not wait for.
     */
    private static final class Headless {

        static int run(DatabaseCommand command) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(XingPingApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("spring.main.banner-mode=off", "xingping.headless=true",
                            "logging.level.root=WARN", "logging.level.org.xingping=INFO")
                    .run(command.springArguments().toArray(String[]::new))) {
                return command.execute(context);
            }
        }
    }

    @Command(name = "xingping", mixinStandardHelpOptions = true, version = "XingPing 0.1",
            description = {
                    "星评：星级党支部创建与观摩评定系统。不带子命令（或用 serve）时启动网页应用。",
                    "XingPing: star rating of party branches. Without a subcommand (or with serve) it starts the web application."},
            footer = {"",
                    "其余参数交给 Spring，例如 --server.port=8081、--xingping.data-dir=/srv/xingping。",
                    "Other arguments go to Spring, e.g. --server.port=8081, --xingping.data-dir=/srv/xingping."})
    static final class Serve {

        @Option(names = "--demo", description = {
                "首次启动时载入参考数据集并创建演示账号（密码 Demo@2021）。",
                "Load the reference data set and demo accounts (password Demo@2021) on first start."})
        boolean demo;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        /**
         * Spring's own arguments are options (--server.port=8081); a bare word is a mistyped command,
         * which must not start the web application in its place.
         */
        String unknownWord() {
            return springArguments.stream().filter(argument -> !argument.startsWith("--")).findFirst().orElse(null);
        }

        void start() {
            List<String> arguments = new ArrayList<>(springArguments);
            if (demo) {
                arguments.add("--xingping.demo=true");
            }
            new SpringApplicationBuilder(XingPingApplication.class).run(arguments.toArray(String[]::new));
        }
    }
}
