package org.xingping;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ApplicationContext;
import org.xingping.platform.BackupManifest;
import org.xingping.platform.Backups;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup --out F}: the whole instance, database and stored files, in one file, consistent
 * while the application runs (the tables are read in one snapshot).
 */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"把整个实例（数据库与上传的文件）备份到一个文件；应用运行时也可备份，数据一致。",
                "Backs up the whole instance (database and stored files) into one file, consistent while the application runs."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:备份完成 / backed up", "1:失败 / failed", "2:用法错误 / wrong usage"})
public class BackupCommand extends CommandOnData {

    @Option(names = "--out", paramLabel = "F", required = true, description = {"备份文件（.zip）", "the backup file (.zip)"})
    Path out;

    @Override
    int checkArguments(PrintWriter err) {
        if (Files.isDirectory(out)) {
            err.println("--out 应为文件，不是目录：" + out + " / --out takes a file, not a directory: " + out);
            return 2;
        }
        return 0;
    }

    @Override
    public int execute(ApplicationContext context) {
        long started = System.nanoTime();
        BackupManifest manifest = context.getBean(Backups.class).backup(out);
        long rows = manifest.rows();
        spec.commandLine().getOut().printf("备份完成：%s，数据库版本 V%d，%d 张表 %,d 行，%d 个文件，用时 %.1f 秒。%n", out,
                manifest.schemaVersion(), manifest.tables().size(), rows, manifest.files().size(),
                (System.nanoTime() - started) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
