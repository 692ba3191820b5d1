package org.xingping;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.context.ApplicationContext;
import org.xingping.platform.Refused;
import org.xingping.platform.cli.DatabaseCommand;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * What the commands on the configured database share: Spring's own settings after their
 * options, the check of the arguments before any database opens, and a refusal said in Chinese
 * with exit code 1.
 */
abstract class CommandOnData implements DatabaseCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Spring's --name=value settings, such as --xingping.data-dir; anything else is wrong usage. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public List<String> springArguments() {
        return springArguments;
    }

    /** Without a database the command only checks its arguments. */
    @Override
    public Integer call() {
        return usage();
    }

    @Override
    public final int usage() {
        PrintWriter err = spec.commandLine().getErr();
        if (DatabaseCommand.springArgumentsUsage(springArguments, err) != 0) {
            return 2;
        }
        return checkArguments(err);
    }

    /** 0 when the command's own arguments are usable, else 2 with the reason in Chinese and English. */
    abstract int checkArguments(PrintWriter err);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The refusal in Chinese on the error stream, and the exit code of refused input. */
    int refused(ApplicationContext context, Refused refused) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(context.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE));
        err.flush();
        return 1;
    }
}
