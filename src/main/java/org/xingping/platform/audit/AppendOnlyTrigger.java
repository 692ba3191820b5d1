package org.xingping.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses every update and delete of the audit log on H2, as the PostgreSQL trigger of the same
 * migration does: the log stays append-only even against a hand-written statement.
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_event is append-only");
    }
}
