package org.xingping.observation.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One run of {@code plan} as the launcher runs it, with what it printed. */
record PlanRun(int exitCode, String out, String err) {

    static PlanRun plan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new PlanCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new PlanRun(exitCode, out.toString(), err.toString());
    }
}
