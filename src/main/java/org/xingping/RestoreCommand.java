package org.xingping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ApplicationContext;
import org.xingping.platform.Backups;
import org.xingping.platform.Refused;
import org.xingping.platform.cli.DatabaseCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code restore F}: rebuilds a fresh instance (the configured database and data directory) from a
 * backup file; a damaged file, one from a newer schema, or an instance already in use is refused
 * with the reason and nothing is written.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"从备份文件恢复一个新实例（当前配置的数据库与数据目录）。",
                "Rebuilds a fresh instance (the configured database and data directory) from a backup file."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:恢复完成 / restored", "1:备份或实例被拒绝 / refused", "2:用法错误 / wrong usage"})
public class RestoreCommand implements DatabaseCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "F", description = {"备份文件", "the backup file"})
    Path backup;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public List<String> springArguments() {
        return springArguments;
    }

    @Override
    public Integer call() {
        return usage();
    }

    @Override
    public int usage() {
        var err = spec.commandLine().getErr();
        if (DatabaseCommand.springArgumentsUsage(springArguments, err) != 0) {
            return 2;
        }
        if (!Files.isRegularFile(backup)) {
            err.println("文件不存在：" + backup + " / no such file: " + backup);
            return 2;
        }
        return 0;
    }

    @Override
    public int execute(ApplicationContext context) {
        long started = System.nanoTime();
        try {
            Map<String, Long> restored = context.getBean(Backups.class).restore(backup);
            spec.commandLine().getOut().printf("恢复完成：%s，%d 张表 %,d 行，用时 %.1f 秒。%n", backup, restored.size(),
                    restored.values().stream().mapToLong(Long::longValue).sum(), (System.nanoTime() - started) / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Refused refused) {
            var err = spec.commandLine().getErr();
            err.println(context.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE));
            err.flush();
            return 1;
        }
    }
}
