package org.xingping.organization;

import org.xingping.support.PostgresDatabase;

/** The registry's rules on a real PostgreSQL. */
@PostgresDatabase
class OrganizationRegistryOnPostgresTests extends OrganizationRegistryTests {
}
