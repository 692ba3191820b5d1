package org.xingping.rectification;

import org.xingping.support.PostgresDatabase;

/** Tasks, their refusals for every role, reminders and the ledger on a real PostgreSQL. */
@PostgresDatabase
class RectificationOnPostgresTests extends RectificationTests {
}
