package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Serving skips building the commands only when the arguments cannot mean anything else: a
 * command's name, a mistyped word or a request for help still goes through the whole command line.
 * What the launcher makes of the options alone is what the command line would.
 */
class ServingArgumentsTest {

    @Test
    void springOptionsAloneMeanServing() {
        assertThat(XingPingLauncher.servesOnly(new String[0])).isTrue();
        assertThat(XingPingLauncher.servesOnly(new String[] {"--demo", "--server.port=8081"})).isTrue();
    }

    @Test
    void aWordOrARequestForHelpNeedsTheCommands() {
        assertThat(XingPingLauncher.servesOnly(new String[] {"import", "--units", "u.csv"})).isFalse();
        assertThat(XingPingLauncher.servesOnly(new String[] {"--demo", "serve"})).isFalse();
        assertThat(XingPingLauncher.servesOnly(new String[] {"imprt"})).isFalse();
        assertThat(XingPingLauncher.servesOnly(new String[] {"--help"})).isFalse();
        assertThat(XingPingLauncher.servesOnly(new String[] {"-h"})).isFalse();
        assertThat(XingPingLauncher.servesOnly(new String[] {"--version"})).isFalse();
    }

    @Test
    void optionsAloneAreReadAsTheCommandLineReadsThem() {
        String[] options = {"--server.port=8081", "--demo", "--xingping.data-dir=/srv/xingping"};
        CommandLine commandLine = XingPingLauncher.commandLine();
        commandLine.parseArgs(options);
        XingPingLauncher.Serve parsed = commandLine.getCommand();

        XingPingLauncher.Serve read = XingPingLauncher.Serve.fromOptions(options);

        assertThat(read.demo).isTrue().isEqualTo(parsed.demo);
        assertThat(read.springArguments).containsExactly("--server.port=8081", "--xingping.data-dir=/srv/xingping")
                .isEqualTo(parsed.springArguments);
        assertThat(XingPingLauncher.Serve.fromOptions(new String[] {"--server.port=8081"}).demo).isFalse();
    }
}
