package org.xingping;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.util.ClassUtils;
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
        if (servesOnly(args)) {
            Serve.fromOptions(args).start();
            return OptionalInt.empty();
        }
        CommandLine commandLine = commandLine();
        int code = commandLine.execute(args);
        if (code != SERVING) {
            return OptionalInt.of(code);
        }
        // Started outside picocli, which would catch what the start throws: the build's ahead-of-time
        // processing stops the application with an exception once its context is prepared, and
        // that must reach the processor.
        ((Serve) last(commandLine.getParseResult()).commandSpec().userObject()).start();
        return OptionalInt.empty();
    }

    private static CommandLine.ParseResult last(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        return last;
    }

    private static final int SERVING = Integer.MIN_VALUE;

    private static final String AOT_ENABLED = "spring.aot.enabled";

    private static final String AOT_INITIALIZER = XingPingApplication.class.getName() + "__ApplicationContextInitializer";

    /**
     * Whether the arguments can only mean serving: Spring's options alone, no word that could name a
     * command and no request for help. Then the command line is not even built: picocli reading the
     * commands' annotations took a quarter of a second of every start of the web application (issue 2).
     */
    static boolean servesOnly(String[] args) {
        return Arrays.stream(args).allMatch(argument -> argument.startsWith("--")
                && !argument.equals("--help") && !argument.equals("--version"));
    }

    static CommandLine commandLine() {
        return configured(new CommandLine(new Serve())
                .addSubcommand("serve", new Serve())
                .addSubcommand("import", new ImportCommand())
                .addSubcommand("evaluate", new EvaluateCommand())
                .addSubcommand("plan", new PlanCommand())
                .addSubcommand("export", new ExportCommand())
                .addSubcommand("backup", new BackupCommand())
                .addSubcommand("restore", new RestoreCommand()));
    }

    private static CommandLine configured(CommandLine commandLine) {
        commandLine.setExecutionStrategy(XingPingLauncher::execute);
        // Chinese help, summaries and CSV must survive a C or POSIX locale, where Java would
        // otherwise print them as question marks; set after the subcommands so they share it.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return commandLine;
    }

    private static int execute(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = last(parseResult);
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

    /**
     * The packaged jar serves from the bean definitions the build generated ahead of time (the
     * {@code process-aot} goal), instead of scanning classes and evaluating conditions at every start:
     * about two seconds of a start on two cores (issue 2). Only when serving from the jar, where those
     * classes are current; the commands run without a web server, which the generated context assumes.
     * {@code -Dspring.aot.enabled=false} keeps the classic start.
     */
    private static void useAheadOfTimeContext() {
        if (System.getProperty(AOT_ENABLED) == null && ClassUtils.isPresent(AOT_INITIALIZER, null)
                && fromJar()) {
            SpringProperties.setFlag(AOT_ENABLED);
        }
    }

    private static boolean fromJar() {
        var codeSource = XingPingApplication.class.getProtectionDomain().getCodeSource();
        return codeSource != null && codeSource.getLocation().getPath().endsWith(".jar");
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

        /** What picocli would make of options alone: {@code --demo} is ours, the rest is Spring's. */
        static Serve fromOptions(String[] options) {
            Serve serve = new Serve();
            for (String option : options) {
                if (option.equals("--demo")) {
                    serve.demo = true;
                } else {
                    serve.springArguments.add(option);
                }
            }
            return serve;
        }

        /**
         * Spring's own arguments are options (--server.port=8081); a bare word is a mistyped command,
         * which must not start the web application in its place.
         */
        String unknownWord() {
            return springArguments.stream().filter(argument -> !argument.startsWith("--")).findFirst().orElse(null);
        }

        void start() {
            useAheadOfTimeContext();
            List<String> arguments = new ArrayList<>(springArguments);
            if (demo) {
                arguments.add("--xingping.demo=true");
            }
            new SpringApplicationBuilder(XingPingApplication.class).run(arguments.toArray(String[]::new));
        }
    }
}
