package org.xingping.reporting;

import org.xingping.support.PostgresDatabase;

/** The review report on a real PostgreSQL: the summaries' latest versions and the findings read by its SQL. */
@PostgresDatabase
class ReviewReportsOnPostgresTests extends ReviewReportsTests {
}
