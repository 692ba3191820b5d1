package org.xingping.rectification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.AuditLog;
import org.xingping.scoring.PastProblems;

/**
 * Shows next year's observers, on a sheet scoring already let them open, the branch's problems of
 * earlier years and how they were closed; and keeps their mark that a problem was found again.
 */
@Component
class PastProblemsOfBranches implements PastProblems {

    private final JdbcClient jdbc;
    private final TaskRows rows;
    private final RectificationTasks tasks;
    private final AuditLog audit;

    PastProblemsOfBranches(JdbcClient jdbc, TaskRows rows, RectificationTasks tasks, AuditLog audit) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.tasks = tasks;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PastProblem> before(int year, String branchCode) {
        return jdbc.sql(TaskRows.SELECT + " where b.code = :branch and c.year < :year order by c.year desc, t.id")
                .param("branch", branchCode).param("year", year).query((rs, n) -> rows.read(rs)).stream()
                .map(task -> new PastProblem(task.id(), task.year(), task.itemName(), task.severity().name(),
                        task.text(), task.status().name(), task.answer(), task.verifiedBy(), task.verifiedAt(),
                        task.recurringYear()))
                .toList();
    }

    @Override
    @Transactional
    public void markRecurring(int year, String branchCode, long problemId, String observer) {
        int marked = jdbc.sql("""
                        update rectification_task set recurring_year = :year, recurring_by = :by
                        where id = :id and recurring_year is null
                          and branch_id = (select id from party_organization where code = :branch)
                          and campaign_id in (select id from campaign where year < :year)""")
                .param("year", year).param("by", observer).param("id", problemId).param("branch", branchCode)
                .update();
        if (marked == 0) {
            throw new RectificationRefused("rectification.cannotMarkRecurring");
        }
        tasks.step(problemId, "RECURRING", observer, year + "年观摩时再次发现");
        audit.updated("RectificationTask", problemId, year + " 年观摩发现整改任务 " + problemId + " 的问题再次出现",
                null, java.util.Map.of("recurringYear", year));
    }
}
