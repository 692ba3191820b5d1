package org.xingping.platform.cli;

import java.util.List;

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
}
