package org.xingping;

import org.xingping.support.PostgresDatabase;

/** A backup of an instance on PostgreSQL restored into a fresh instance on H2, table by table. */
@PostgresDatabase
class BackupRestoreOnPostgresTests extends BackupRestoreTests {
}
