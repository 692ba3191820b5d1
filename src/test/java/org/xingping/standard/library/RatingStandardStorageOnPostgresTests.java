package org.xingping.standard.library;

import org.xingping.support.PostgresDatabase;

/** Stored standards on a real PostgreSQL. */
@PostgresDatabase
class RatingStandardStorageOnPostgresTests extends RatingStandardStorageTests {
}
