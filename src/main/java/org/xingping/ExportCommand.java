package org.xingping;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ApplicationContext;
import org.xingping.platform.Refused;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --campaign YEAR --out DIR}: a campaign year as the files of interfaces.md, on which
 * {@code evaluate} and {@code plan} run again (see {@link CampaignExport}).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"把一个创建年度的数据导出为接口约定的表格文件（可在导出上重新运行 evaluate 和 plan）。",
                "Writes a campaign year as the table files of the contract (evaluate and plan run again on them)."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        exitCodeList = {"0:导出完成 / exported", "1:被拒绝 / refused", "2:用法错误 / wrong usage"})
public class ExportCommand extends CommandOnData {

    @Option(names = "--campaign", paramLabel = "YEAR", required = true, description = {"创建年度", "the campaign year"})
    int year;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = {"导出目录", "the directory to write"})
    Path out;

    @Option(names = "--force", description = {"目录已存在且不为空时仍写入（覆盖同名文件）",
            "write into a directory that exists and is not empty (same names overwritten)"})
    boolean force;

    @Override
    int checkArguments(PrintWriter err) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("--out 应为目录：" + out + " / --out takes a directory: " + out);
            return 2;
        }
        return 0;
    }

    @Override
    public int execute(ApplicationContext context) {
        try {
            CampaignExport.Written written = new CampaignExport(context).write(year, out, force);
            spec.commandLine().getOut().printf("导出完成：%d 年度写入 %s，%d 个文件（%s），%d 个评定结果；重算时 --population %d。%n",
                    year, written.directory(), written.files().size(), String.join("、", written.files()), written.results(),
                    written.population());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Refused refused) {
            return refused(context, refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
