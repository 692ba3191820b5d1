package org.xingping.decision;

import org.xingping.support.PostgresDatabase;

/** The committee's decision on a real PostgreSQL. */
@PostgresDatabase
class RatingDecisionsOnPostgresTests extends RatingDecisionsTests {
}
