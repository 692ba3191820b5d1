package org.xingping.declaration;

import org.xingping.support.PostgresDatabase;

/** The declaration flow on a real PostgreSQL. */
@PostgresDatabase
class DeclarationFlowOnPostgresTests extends DeclarationFlowTests {
}
