package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The {@code plan} command as the jar runs it: through the launcher, without Spring. */
class PlanLauncherTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... arguments) {
        CommandLine commandLine = XingPingLauncher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }

    @Test
    void theJarListsThePlanCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("plan", "evaluate");
    }

    @Test
    void planExplainsItselfInChineseAndEnglish() {
        assertThat(run("plan", "--help")).isZero();
        assertThat(out.toString()).contains("--campaign=C", "排出观摩安排", "Plans the observation visits");
    }

    @Test
    void planRefusesWrongUsageWithTwo() {
        assertThat(run("plan", "--campaign", "nowhere.yaml", "--units", "u.csv", "--organizations", "o.csv",
                "--declarations", "d.csv", "--observers", "p.csv")).isEqualTo(2);
        assertThat(err.toString()).startsWith("用法错误：找不到文件 nowhere.yaml");
    }
}
