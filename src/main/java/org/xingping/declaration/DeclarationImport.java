package org.xingping.declaration;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationType;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableSchema;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.library.RatingStandardManagement;
import org.xingping.standard.tables.DeclarationsTable;
import org.xingping.standard.tables.TableFiles;
import org.xingping.standard.tables.Tables;

/**
 * Imports the declarations table (interfaces.md) of a campaign collected offline, all or nothing,
 * with the rules of an online submission that an offline one can keep: the branch and its unit in
 * the campaign, the level it holds, the target within the standard's levels, the kind, keep and
 * promotion rules. Deadlines, evidence and the self-assessment were checked on paper. An imported
 * branch arrives forwarded; importing it again replaces it; a branch that declared online is never
 * overwritten by a file.
 */
@Service
public class DeclarationImport {

    /** The rules an offline declaration keeps, the same objects that check an online submission. */
    private static final List<SubmissionPolicy> OFFLINE_RULES = List.of(new TargetWithinLevelsPolicy(),
            new KindPolicy(), new KeepHeldLevelPolicy(), new PromotionPolicy());

    private final CampaignManagement campaigns;
    private final RatingStandardManagement standards;
    private final OrganizationManagement registry;
    private final DeclarationRepository declarations;
    private final DeclarationManagement management;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    private final JdbcClient jdbc;

    DeclarationImport(CampaignManagement campaigns, RatingStandardManagement standards,
            OrganizationManagement registry, DeclarationRepository declarations, DeclarationManagement management,
            MessageSource messages, AuditLog audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.standards = standards;
        this.registry = registry;
        this.declarations = declarations;
        this.management = management;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an import stored. */
    public record Imported(int created, int replaced) {
        public int total() {
            return created + replaced;
        }
    }

    @Transactional
    public Imported importFile(int year, String fileName, InputStream content, String by) {
        Campaign campaign = campaigns.require(year);
        RatingStandard standard = standards.standard(campaign.getStandardId());
        TableFiles files = new TableFiles();
        TableFiles.TableFile file = files.read(fileName, content, Tables.DECLARATIONS);
        List<Pending> pending = new ArrayList<>();
        if (file.rows().isPresent()) {
            Map<String, DeclarationsTable.Declared> declared = DeclarationsTable.read(file, standard);
            Map<Integer, TableRow> rows = new java.util.HashMap<>();
            file.rows().get().forEach(row -> rows.put(row.line(), row));
            for (var entry : declared.entrySet()) {
                check(entry.getKey(), entry.getValue(), rows.get(entry.getValue().line()), campaign, standard,
                        file.problems()).ifPresent(pending::add);
            }
        }
        files.throwIfAny();
        int created = 0;
        for (Pending row : pending) {
            if (row.existing().isPresent()) {
                Declaration existing = row.existing().get();
                existing.reimport(row.declaration().getKind(), row.declaration().getTargetLevel(),
                        row.declaration().getSelfScore(), claimCodes(row.declaration()));
                declarations.save(existing);
            } else {
                declarations.save(row.declaration());
                created++;
            }
        }
        Imported imported = new Imported(created, pending.size() - created);
        audit.imported("Declaration", "导入 " + year + " 年度申报 " + imported.total() + " 个（新增 " + created + "）："
                + fileName);
        return imported;
    }

    /** The declaration counts of years before the system (declaration_counts), kept for year-over-year figures. */
    public static final TableSchema COUNTS = TableSchema.of("declaration_counts", "历年申报数",
            Column.required("year", "年度"), Column.required("target_level", "申报星级"),
            Column.required("applications", "申报数"), Column.optional("designated", "命名数"));

    /** Imports the counts of earlier years; a year and level given again replaces the stored figures. */
    @Transactional
    public int importCounts(String fileName, InputStream content) {
        TableFiles files = new TableFiles();
        TableFiles.TableFile file = files.read(fileName, content, COUNTS);
        List<int[]> counts = new ArrayList<>();
        for (TableRow row : file.rows().orElse(List.of())) {
            Integer year = whole(row, "year", 2000, 2100, file.problems());
            Integer level = whole(row, "target_level", 1, 5, file.problems());
            Integer applications = whole(row, "applications", 0, 1_000_000, file.problems());
            Integer designated = row.get("designated").isEmpty() ? Integer.valueOf(-1)
                    : whole(row, "designated", 0, 1_000_000, file.problems());
            if (year != null && level != null && applications != null && designated != null) {
                counts.add(new int[] {year, level, applications, designated});
            }
        }
        files.throwIfAny();
        for (int[] count : counts) {
            jdbc.sql("delete from declaration_count where year = :year and target_level = :level")
                    .param("year", count[0]).param("level", count[1]).update();
            jdbc.sql("insert into declaration_count (year, target_level, applications, designated)"
                            + " values (:year, :level, :applications, :designated)")
                    .param("year", count[0]).param("level", count[1]).param("applications", count[2])
                    .param("designated", count[3] < 0 ? null : count[3]).update();
        }
        audit.imported("DeclarationCount", "导入历年申报数 " + counts.size() + " 行：" + fileName);
        return counts.size();
    }

    private Integer whole(TableRow row, String column, int min, int max, TableProblems problems) {
        try {
            int value = Integer.parseInt(row.get(column));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // reported below
        }
        problems.add(row, column, text("import.count.wholeNumber", row.get(column), min, max));
        return null;
    }

    private record Pending(Declaration declaration, Optional<Declaration> existing) {
    }

    private Optional<Pending> check(String branchCode, DeclarationsTable.Declared declared, TableRow row,
            Campaign campaign, RatingStandard standard, TableProblems problems) {
        Optional<PartyOrganization> branch = registry.organizationByCode(branchCode);
        if (branch.isEmpty() || branch.get().getType() != OrganizationType.BRANCH) {
            problems.add(row, "branch_code", text("import.declaration.unknownBranch", branchCode));
            return Optional.empty();
        }
        if (!campaign.includesUnit(branch.get().getUnitId())) {
            problems.add(row, "branch_code", text("import.declaration.outsideCampaign", branchCode, campaign.getYear()));
            return Optional.empty();
        }
        if (declared.target() == null) {
            return Optional.empty(); // its levels were refused already
        }
        int held = management.heldLevel(branch.get().getId(), campaign.getYear());
        if (declared.target().current().stars() != held) {
            problems.add(row, "current_level", text("import.declaration.heldLevel",
                    declared.target().current().stars(), held, campaign.getYear() - 1));
            return Optional.empty();
        }
        BigDecimal selfScore = null;
        if (!row.get("self_score").isEmpty()) {
            try {
                selfScore = new BigDecimal(row.get("self_score"));
                if (selfScore.signum() < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(row, "self_score", text("import.declaration.selfScore", row.get("self_score")));
                return Optional.empty();
            }
        }
        Declaration declaration = Declaration.imported(campaign.getId(), branch.get().getId(),
                branch.get().getUnitId(), declared.target().kind(), held, declared.target().target().stars(), selfScore,
                declared.claims(), clock.instant(), AuditLog.currentActor());
        Submission submission = new Submission(declaration, standard, campaign.calendar(), clock.instant(),
                ZoneId.systemDefault(), held, false, Map.of());
        boolean refused = false;
        for (SubmissionPolicy rule : OFFLINE_RULES) {
            Verdict verdict = rule.check(submission);
            if (!verdict.isAllowed()) {
                DeclarationRefused refusal = verdict.refusal().get();
                problems.add(row, "target_level", text(refusal.messageKey(), refusal.arguments()));
                refused = true;
            }
        }
        Optional<Declaration> existing = declarations.findByCampaignIdAndBranchId(campaign.getId(),
                branch.get().getId());
        if (existing.isPresent() && existing.get().getSource() == DeclarationSource.ONLINE) {
            problems.add(row, "branch_code", text("declaration.onlineNotReplaced"));
            refused = true;
        }
        return refused ? Optional.empty() : Optional.of(new Pending(declaration, existing));
    }

    private static java.util.Set<String> claimCodes(Declaration declaration) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        declaration.claims().forEach(claim -> codes.add(claim.conditionCode()));
        return codes;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
