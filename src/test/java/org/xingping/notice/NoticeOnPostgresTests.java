package org.xingping.notice;

import org.xingping.support.PostgresDatabase;

/** The notice, its objections and their refusals on a real PostgreSQL. */
@PostgresDatabase
class NoticeOnPostgresTests extends NoticeTests {
}
