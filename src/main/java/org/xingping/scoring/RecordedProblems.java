package org.xingping.scoring;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problems (问题) the groups recorded, as later steps read them: those on the finalised sheets
 * of a branch, and the problems each group wrote in its summary of a unit (its latest version).
 * Rectification turns each into a task; reading them here keeps the sheet tables inside scoring.
 */
@Service
@Transactional(readOnly = true)
public class RecordedProblems {

    /** A problem on a sheet: the finding, its branch and unit, and the observer (by name) who recorded it. */
    public record SheetProblem(long findingId, int year, String branchCode, String unitCode, String itemCode,
            Finding.Severity severity, String text, String observerName, Instant recordedAt) {
    }

    /** The problems a group wrote in the latest version of its summary of one unit. */
    public record SummaryProblems(long summaryId, int year, int group, String unitCode, String problems,
            String draftedBy) {
    }

    private final JdbcClient jdbc;

    RecordedProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The problems on the branch's FINALISED sheets of the year, in the order they were recorded. */
    public List<SheetProblem> ofBranch(int year, String branchCode) {
        return jdbc.sql("""
                        select f.id, c.year, b.code as branch_code, s.unit_code, f.item_code, f.severity, f.text,
                               o.name as observer_name, f.created_at
                        from sheet_finding f join score_sheet s on s.id = f.sheet_id
                             join campaign c on c.id = s.campaign_id
                             join party_organization b on b.id = s.branch_id
                             join observer o on o.id = s.observer_id
                        where c.year = :year and b.code = :branch and f.kind = 'PROBLEM' and s.status = 'FINALISED'
                        order by f.id""")
                .param("year", year).param("branch", branchCode)
                .query((rs, n) -> new SheetProblem(rs.getLong("id"), rs.getInt("year"), rs.getString("branch_code"),
                        rs.getString("unit_code"), rs.getString("item_code"),
                        Finding.Severity.valueOf(rs.getString("severity")), rs.getString("text"),
                        rs.getString("observer_name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Per group and unit, the latest summary version whose problems are not blank. */
    public List<SummaryProblems> ofUnitSummaries(int year) {
        return jdbc.sql("""
                        select g.id, c.year, g.group_number, g.unit_code, g.problems, g.drafted_by
                        from group_summary g join campaign c on c.id = g.campaign_id
                        where c.year = :year and g.unit_code <> '' and g.problems <> ''
                          and g.version = (select max(v.version) from group_summary v
                                           where v.campaign_id = g.campaign_id and v.group_number = g.group_number
                                             and v.unit_code = g.unit_code)
                        order by g.group_number, g.unit_code""")
                .param("year", year)
                .query((rs, n) -> new SummaryProblems(rs.getLong("id"), rs.getInt("year"), rs.getInt("group_number"),
                        rs.getString("unit_code"), rs.getString("problems"), rs.getString("drafted_by")))
                .list();
    }
}
