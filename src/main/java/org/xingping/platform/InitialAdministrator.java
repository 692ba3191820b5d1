package org.xingping.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There is no built-in default password. The first start of a production instance opens the
 * {@code admin} account with a random password, prints it once and leaves it in
 * {@code <data-dir>/initial-admin-password}; the first login must change it.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountManagement accounts;
    private final XingPingProperties properties;

    InitialAdministrator(UserAccountManagement accounts, XingPingProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Demo mode opens its own accounts; a command-line run must leave no account behind.
        if (properties.demo() || properties.headless() || accounts.count() > 0) {
            return;
        }
        String password = PasswordPolicy.random();
        accounts.open(new UserAccountManagement.NewAccount(USERNAME, "系统管理员", Role.SYSTEM_ADMINISTRATOR, null,
                null), password);
        Path file = properties.dataDir().resolve(PASSWORD_FILE);
        write(file, password);
        String banner = "=".repeat(72);
        System.out.println(banner);
        System.out.println("  首次启动：已创建系统管理员账号 admin / First start: account admin created");
        System.out.println("  初始密码 / initial password: " + password);
        System.out.println("  密码也已写入 / also written to: " + file.toAbsolutePath().normalize());
        System.out.println("  首次登录须修改密码 / the first login must change it");
        System.out.println(banner);
        log.info("Initial administrator account created; its password is in {}", file);
    }

    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions protect it.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
