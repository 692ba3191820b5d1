package org.xingping.platform.cli;

import org.springframework.context.ApplicationContext;

/**
 * A command-line command that works on the configured database. The launcher starts the
 * application without its web server and hands the context over; the command answers with the
 * exit code of the interfaces contract (0 done, 1 input refused, 2 wrong usage).
 */
public interface DatabaseCommand {

    int execute(ApplicationContext context);
}
