package org.xingping.organization.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.xingping.organization.ImportSummary;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.TableSource;
import org.xingping.platform.cli.DatabaseCommand;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import}: loads table files into the configured database, all or nothing (interfaces.md).
 * Units and organisations are the registry's; declarations and observers arrive with the
 * campaign and observation capabilities and are refused as not yet supported until then.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "把单位、党组织等表格文件导入当前配置的数据库：任何一行有错则全部不导入，并列出每个错误。",
                "Loads table files into the configured database, all or nothing, listing every bad row."},
        exitCodeListHeading = "%n退出码 / Exit codes:%n",
        footerHeading = "%n",
        footer = {"也可带上 Spring 的设置，例如 --xingping.data-dir=/srv/xingping、--spring.profiles.active=postgres。",
                "Spring settings may follow, e.g. --xingping.data-dir=/srv/xingping, --spring.profiles.active=postgres."},
        exitCodeList = {"0:导入成功 / imported", "1:输入被拒绝 / input refused", "2:用法错误 / wrong usage"})
public class ImportCommand implements DatabaseCommand, Callable<Integer> {

    private static final Pattern SPRING_ARGUMENT = Pattern.compile("--[A-Za-z0-9-]+(\\.[A-Za-z0-9\\[\\]-]+)+=.*");

    @Spec
    CommandSpec spec;

    @Option(names = "--units", paramLabel = "F", description = {"单位表（CSV 或 XLSX）", "the units table (CSV or XLSX)"})
    Path units;

    @Option(names = "--organizations", paramLabel = "F",
            description = {"党组织表（CSV 或 XLSX）", "the organisations table (CSV or XLSX)"})
    Path organizations;

    @Option(names = "--declarations", paramLabel = "F", description = {"申报表（需 --campaign）", "declarations (needs --campaign)"})
    Path declarations;

    @Option(names = "--campaign", paramLabel = "C", description = {"创建年度", "the campaign"})
    String campaign;

    @Option(names = "--observers", paramLabel = "F", description = {"观摩人员表", "the observers table"})
    Path observers;

    /** Spring's --name=value settings, such as --xingping.data-dir; anything else is wrong usage. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public List<String> springArguments() {
        return springArguments;
    }

    /** Without a database the command only checks its arguments. */
    @Override
    public Integer call() {
        return usage();
    }

    @Override
    public int execute(ApplicationContext context) {
        OrganizationImport importer = context.getBean(OrganizationImport.class);
        try {
            ImportSummary summary = importer.importTables(Optional.ofNullable(units).map(TableSource::of),
                    Optional.ofNullable(organizations).map(TableSource::of));
            spec.commandLine().getOut().printf("导入完成：单位 %d 个（新增 %d），党组织 %d 个（新增 %d）。%n",
                    summary.units(), summary.unitsCreated(), summary.organizations(), summary.organizationsCreated());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (TableRefused refused) {
            var err = spec.commandLine().getErr();
            for (TableProblem problem : refused.problems()) {
                err.println(problem.describe());
            }
            err.printf("导入被拒绝：共 %d 个问题，未导入任何数据。%n", refused.problems().size());
            err.flush();
            return 1;
        }
    }

    @Override
    public int usage() {
        var err = spec.commandLine().getErr();
        for (String argument : springArguments) {
            if (!SPRING_ARGUMENT.matcher(argument).matches()) {
                err.println("未知参数：" + argument + "（可用 --help 查看用法）");
                err.println("Unknown argument: " + argument + " (see --help)");
                return 2;
            }
        }
        if (units == null && organizations == null && declarations == null && observers == null) {
            err.println("请至少给出一个文件：--units、--organizations、--declarations 或 --observers。");
            err.println("Give at least one file: --units, --organizations, --declarations or --observers.");
            return 2;
        }
        if (declarations != null || observers != null || campaign != null) {
            err.println("申报表与观摩人员表的导入随创建年度与观摩安排功能提供，当前版本尚不支持。");
            err.println("Declarations and observers are imported by the campaign and observation capabilities, not yet in this version.");
            return 2;
        }
        for (Path file : new Path[] {units, organizations}) {
            if (file != null && !Files.isRegularFile(file)) {
                err.println("文件不存在：" + file + " / no such file: " + file);
                return 2;
            }
        }
        return 0;
    }
}
