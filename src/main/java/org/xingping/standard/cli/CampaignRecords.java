package org.xingping.standard.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRefused;
import org.xingping.standard.BranchRecord;
import org.xingping.standard.LevelHistory;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;
import org.xingping.standard.cli.FactsTable.Confirmed;
import org.xingping.standard.tables.DeclarationsTable.Declared;
import org.xingping.standard.tables.DeclarationsTable;
import org.xingping.standard.tables.HistoryTable;
import org.xingping.standard.tables.TableFiles;

/**
 * What is recorded about each declared branch, read from the table files of one {@code evaluate}
 * run. Two rules fill what the files leave open:
 * <ul>
 * <li>a {@code flag} condition holds when the facts confirm it (是), or when the branch claimed it
 * in its declaration and the facts do not refuse it (否): the committee checks the claims and records
 * only what it refuses or adds;</li>
 * <li>the level a branch held in the year before the standard's year is its history row for that
 * year, or else its declared current level (现星级 is the level the last campaign gave it).</li>
 * </ul>
 */
final class CampaignRecords {

    private CampaignRecords() {
    }

    /**
     * Checks the rows of the files against the standard and assembles each declared branch's record.
     *
     * @throws TableRefused listing every bad row of every file
     */
    static List<BranchRecord> read(RatingStandard standard, CampaignFiles files) {
        boolean declarationsReadable = files.declarations().rows().isPresent();
        Map<String, Declared> declared = declarationsReadable ? DeclarationsTable.read(files.declarations(), standard) : Map.of();
        Map<String, ObservedScores> observed = ScoresTable.read(files.scores(), standard, declared, declarationsReadable);
        Map<String, Confirmed> confirmed = files.facts()
                .map(facts -> FactsTable.read(facts, standard, declared, declarationsReadable))
                .orElse(Map.of());
        Map<String, Map<Integer, StarLevel>> levels = files.history().map(HistoryTable::read).orElse(Map.of());
        if (standard.usesAppraisal()) {
            refuseMissingAppraisal(standard, declared, confirmed, files);
        }
        files.tables().throwIfAny();

        List<BranchRecord> records = new ArrayList<>(declared.size());
        declared.forEach((branch, declaration) -> {
            Confirmed facts = confirmed.getOrDefault(branch, Confirmed.NOTHING);
            records.add(new BranchRecord(branch, declaration.target(), observed.get(branch), facts.appraisal(),
                    flagsHolding(declaration, facts), facts.vetoes(),
                    history(standard, declaration, levels.getOrDefault(branch, Map.of()))));
        });
        return records;
    }

    /** "If the formula, a condition or a veto uses appraisal, every evaluated branch must have it recorded." */
    private static void refuseMissingAppraisal(RatingStandard standard, Map<String, Declared> declared,
                                               Map<String, Confirmed> confirmed, CampaignFiles files) {
        TableProblems problems = files.facts().map(TableFiles.TableFile::problems).orElseGet(() -> files.tables().other("--facts"));
        if (files.facts().isEmpty()) {
            problems.addFile("评分标准 " + standard.id() + " 用到测评分（appraisal），请用 --facts 为每个申报支部提供测评分");
            return;
        }
        declared.keySet().stream()
                .filter(branch -> confirmed.getOrDefault(branch, Confirmed.NOTHING).appraisal().isEmpty())
                .forEach(branch -> problems.addFile("支部 " + branch + " 没有测评分（appraisal）；本标准用到它，缺少时不能按 0 分计算"));
    }

    private static Set<String> flagsHolding(Declared declaration, Confirmed confirmed) {
        Set<String> holding = new HashSet<>();
        declaration.claims().stream().filter(claim -> confirmed.flags().get(claim) != Boolean.FALSE).forEach(holding::add);
        confirmed.flags().forEach((flag, holds) -> {
            if (holds) {
                holding.add(flag);
            }
        });
        return holding;
    }

    private static LevelHistory history(RatingStandard standard, Declared declaration, Map<Integer, StarLevel> recorded) {
        Map<Integer, StarLevel> byYear = new HashMap<>(recorded);
        byYear.putIfAbsent(standard.year() - 1, declaration.target().current());
        return new LevelHistory(byYear);
    }
}
