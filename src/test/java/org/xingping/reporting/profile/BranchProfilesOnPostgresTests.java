package org.xingping.reporting.profile;

import org.xingping.support.PostgresDatabase;

/** The branch profile on a real PostgreSQL: the tasks of a branch over the years and the scores read by their SQL. */
@PostgresDatabase
class BranchProfilesOnPostgresTests extends BranchProfilesTests {
}
