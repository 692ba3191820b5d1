package org.xingping;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.CampaignFileReader;
import org.xingping.campaign.CampaignFileRefused;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationImport;
import org.xingping.observation.ObservationManagement;
import org.xingping.organization.ImportSummary;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.TableSource;
import org.xingping.platform.AuditLog;
import org.xingping.platform.Refused;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import}: loads table files into the configured database, all or nothing (interfaces.md):
 * the registry's units and organisations first, then a campaign's declarations, then the
 * observers, in one transaction, so a refused file leaves the database as it was. It lives beside
 * the launcher because it composes three modules that do not know each other.
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
public class ImportCommand extends CommandOnData {

    @Option(names = "--units", paramLabel = "F", description = {"单位表（CSV 或 XLSX）", "the units table (CSV or XLSX)"})
    Path units;

    @Option(names = "--organizations", paramLabel = "F",
            description = {"党组织表（CSV 或 XLSX）", "the organisations table (CSV or XLSX)"})
    Path organizations;

    @Option(names = "--declarations", paramLabel = "F", description = {"申报表（需 --campaign）", "declarations (needs --campaign)"})
    Path declarations;

    @Option(names = "--campaign", paramLabel = "C", description = {
            "申报所属的创建年度：年份（如 2021），或该年度的观摩活动文件（YAML，尚未载入时一并载入）",
            "the declarations' campaign: its year (2021), or its campaign file (YAML; attached if it has none)"})
    String campaign;

    @Option(names = "--observers", paramLabel = "F", description = {"观摩人员表", "the observers table"})
    Path observers;

    @Override
    public int execute(ApplicationContext context) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        try {
            String summary = transaction.execute(status -> importAll(context));
            out.println(summary);
            out.flush();
            return 0;
        } catch (TableRefused refused) {
            for (TableProblem problem : refused.problems()) {
                err.println(problem.describe());
            }
            err.printf("导入被拒绝：共 %d 个问题，未导入任何数据。%n", refused.problems().size());
        } catch (CampaignFileRefused refused) {
            refused.problems().forEach(problem -> err.println(campaign + " " + problem.describe()));
            err.printf("导入被拒绝：观摩活动文件有 %d 个问题，未导入任何数据。%n", refused.problems().size());
        } catch (Refused refused) {
            err.println(context.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE));
            err.println("导入被拒绝，未导入任何数据。");
        }
        err.flush();
        return 1;
    }

    /** Every table given, in the order each needs the one before; the one-line summary. */
    private String importAll(ApplicationContext context) {
        List<String> done = new ArrayList<>();
        if (units != null || organizations != null) {
            ImportSummary summary = context.getBean(OrganizationImport.class).importTables(
                    Optional.ofNullable(units).map(TableSource::of), Optional.ofNullable(organizations).map(TableSource::of));
            done.add("单位 %d 个（新增 %d），党组织 %d 个（新增 %d）".formatted(summary.units(), summary.unitsCreated(),
                    summary.organizations(), summary.organizationsCreated()));
        }
        if (declarations != null) {
            int year = campaignYear(context.getBean(CampaignManagement.class));
            try (InputStream in = Files.newInputStream(declarations)) {
                DeclarationImport.Imported imported = context.getBean(DeclarationImport.class).importFile(year,
                        declarations.getFileName().toString(), in, AuditLog.SYSTEM_ACTOR);
                done.add("%d 年度申报 %d 条（新增 %d，更新 %d）".formatted(year, imported.total(), imported.created(),
                        imported.replaced()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        if (observers != null) {
            try (InputStream in = Files.newInputStream(observers)) {
                int count = context.getBean(ObservationManagement.class).importObservers(
                        observers.getFileName().toString(), in);
                done.add("观摩人员 %d 人".formatted(count));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return "导入完成：" + String.join("，", done) + "。";
    }

    /**
     * The year {@code --campaign} names: a year, or a campaign file whose year it is; the campaign
     * must have been opened. A campaign file is attached to a campaign that has none yet.
     */
    private int campaignYear(CampaignManagement campaigns) {
        Path file = Path.of(campaign);
        if (!Files.isRegularFile(file)) {
            int year = Integer.parseInt(campaign);
            requireOpened(campaigns, year);
            return year;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            CampaignFile read = CampaignFileReader.read(text);
            requireOpened(campaigns, read.year());
            if (campaigns.require(read.year()).campaignFile().isEmpty()) {
                campaigns.attachCampaignFile(read.year(), text);
            }
            return read.year();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void requireOpened(CampaignManagement campaigns, int year) {
        if (campaigns.find(year).isEmpty()) {
            throw new Refused("import.noCampaign", Integer.toString(year));
        }
    }

    @Override
    int checkArguments(PrintWriter err) {
        if (units == null && organizations == null && declarations == null && observers == null) {
            err.println("请至少给出一个文件：--units、--organizations、--declarations 或 --observers。");
            err.println("Give at least one file: --units, --organizations, --declarations or --observers.");
            return 2;
        }
        if ((declarations == null) != (campaign == null)) {
            err.println("--declarations 与 --campaign 须一起给出：申报属于哪个创建年度。");
            err.println("--declarations and --campaign go together: the campaign the declarations belong to.");
            return 2;
        }
        if (campaign != null && !campaign.matches("\\d{4}") && !Files.isRegularFile(Path.of(campaign))) {
            err.println("--campaign 应为年份（如 2021）或观摩活动文件：" + campaign);
            err.println("--campaign takes a year (2021) or a campaign file: " + campaign);
            return 2;
        }
        for (Path file : new Path[] {units, organizations, declarations, observers}) {
            if (file != null && !Files.isRegularFile(file)) {
                err.println("文件不存在：" + file + " / no such file: " + file);
                return 2;
            }
        }
        return 0;
    }
}
