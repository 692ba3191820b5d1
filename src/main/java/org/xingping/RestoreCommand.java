package org.xingping;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.xingping.platform.Backups;
import org.xingping.platform.Refused;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
public class RestoreCommand extends CommandOnData {

    @Parameters(index = "0", paramLabel = "F", description = {"备份文件", "the backup file"})
    Path backup;

    @Override
    int checkArguments(PrintWriter err) {
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
            return refused(context, refused);
        }
    }
}
