package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Serving skips building the commands only when the arguments cannot mean anything else: a
 * command's name, a mistyped word or a request for help still goes through the whole command line.
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
}
