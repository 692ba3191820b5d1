package org.xingping.rectification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.declaration.OpenRectifications;

/** Answers the declarations which serious problems of a branch are still open (not CLOSED) from earlier years. */
@Component
class OpenRectificationsOfBranches implements OpenRectifications {

    private final JdbcClient jdbc;
    private final TaskRows rows;

    OpenRectificationsOfBranches(JdbcClient jdbc, TaskRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openSerious(long branchId, int year) {
        return jdbc.sql("""
                        select t.id, c.year, t.item_code, t.text
                        from rectification_task t join campaign c on c.id = t.campaign_id
                        where t.branch_id = :branch and c.year < :year and t.severity = 'SERIOUS'
                          and t.status <> 'CLOSED'
                        order by c.year, t.id""")
                .param("branch", branchId).param("year", year)
                .query((rs, n) -> new OpenTask(rs.getLong("id"), rs.getInt("year"), rs.getString("item_code"),
                        rows.itemName(rs.getInt("year"), rs.getString("item_code")), rs.getString("text")))
                .list();
    }
}
