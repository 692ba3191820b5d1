package org.xingping.observation;

import org.xingping.support.PostgresDatabase;

/** The observation's storage and its walk on a real PostgreSQL. */
@PostgresDatabase
class ObservationOnPostgresTests extends ObservationManagementTests {
}
