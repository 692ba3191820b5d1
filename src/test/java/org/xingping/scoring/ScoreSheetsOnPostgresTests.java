package org.xingping.scoring;

import org.xingping.support.PostgresDatabase;

/** Score sheets and their ledger on a real PostgreSQL. */
@PostgresDatabase
class ScoreSheetsOnPostgresTests extends ScoreSheetsTests {
}
