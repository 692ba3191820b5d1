package org.xingping.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings.
 *
 * @param dataDir  where the embedded database, stored files and the initial admin password live
 * @param demo     load the reference data set and the demo accounts on first start
 * @param headless started by a command, without a web server: nothing is created on the side
 */
@ConfigurationProperties("xingping")
public record XingPingProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean demo,
        @DefaultValue("false") boolean headless) {
}
