package org.xingping.platform;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.LocalFileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The beans every module shares: the clock, the message bundles, the password encoder. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The UI speaks Chinese unless the user switches to English. */
    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Files under the data directory unless another store is configured. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(FileStore.class)
    FileStore fileStore(XingPingProperties properties) {
        return new LocalFileStore(properties.dataDir().resolve("files"));
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(DEFAULT_LOCALE);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** bcrypt, behind the delegating encoder so a later change of algorithm keeps old hashes valid. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
