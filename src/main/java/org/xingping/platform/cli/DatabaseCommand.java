package org.xingping.platform.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;

/**
 * A command-line command that works on the configured database. The launcher starts the
 * application without its web server and hands the context over; the command answers with the
 * exit code of the interfaces contract (0 done, 1 input refused, 2 wrong usage).
 */
public interface DatabaseCommand {

    /**
     * Checks the arguments before any database is opened: 0 when they are usable, else the exit
     * code of wrong usage (2) with the reason written to the command's error stream.
     */
    int usage();

    /**
     * Spring's own arguments given with the command ({@code --xingping.data-dir=/srv/xingping},
     * {@code --spring.profiles.active=postgres}), as {@code serve} takes them.
     */
    List<String> springArguments();

    int execute(ApplicationContext context);

    /** What a Spring setting given on the command line looks like: {@code --name.with.dots=value}. */
    Pattern SPRING_ARGUMENT = Pattern.compile("--[A-Za-z0-9-]+(\\.[A-Za-z0-9\\[\\]-]+)+=.*");

    /** 0 when every extra argument is a Spring setting, else 2 with the stray one named in Chinese and English. */
    static int springArgumentsUsage(List<String> arguments, PrintWriter err) {
        for (String argument : arguments) {
            if (!SPRING_ARGUMENT.matcher(argument).matches()) {
                err.println("未知参数：" + argument + "（可用 --help 查看用法）");
                err.println("Unknown argument: " + argument + " (see --help)");
                return 2;
            }
        }
        return 0;
    }
}
