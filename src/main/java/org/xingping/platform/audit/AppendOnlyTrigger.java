package org.xingping.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * Refuses every update and delete of an append-only table on H2 (the audit log, the score
 * ledger), as the PostgreSQL triggers of the same migrations do: the record stays as written even
 * against a hand-written statement.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table = "this table";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only");
    }
}
