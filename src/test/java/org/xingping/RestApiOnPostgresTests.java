package org.xingping;

import org.xingping.support.PostgresDatabase;

/** The REST API, its tokens and its scopes on a real PostgreSQL (the token table's migration included). */
@PostgresDatabase
class RestApiOnPostgresTests extends RestApiTests {
}
