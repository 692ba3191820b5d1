package org.xingping.reporting;

import org.xingping.support.PostgresDatabase;

/** The statistics' aggregate SQL on a real PostgreSQL: the same figures, scopes and refusals. */
@PostgresDatabase
class StatisticsOnPostgresTests extends StatisticsTests {
}
