package org.xingping.platform;

import org.xingping.support.PostgresDatabase;

/** Accounts, the audit log and sessions on a real PostgreSQL. */
@PostgresDatabase
class SecurityOnPostgresTests extends SecurityTests {
}
