package org.xingping.scoring;

import org.xingping.support.PostgresDatabase;

/** The group leader's view, consensus, summaries and finalising on a real PostgreSQL. */
@PostgresDatabase
class GroupReviewsOnPostgresTests extends GroupReviewsTests {
}
