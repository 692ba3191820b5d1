package org.xingping;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * XingPing (星评): the yearly star rating of party branches and the observation campaign behind it.
 *
 * <p>The one jar is both the web application and the command-line tool of the interfaces
 * contract; {@link XingPingLauncher} decides which from the arguments.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class XingPingApplication {

    public static void main(String[] args) {
        XingPingLauncher.launch(args).ifPresent(System::exit);
    }
}
