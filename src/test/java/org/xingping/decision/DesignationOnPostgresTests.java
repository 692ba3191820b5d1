package org.xingping.decision;

import org.springframework.context.annotation.Import;
import org.xingping.support.PostgresDatabase;

/** Designation, its document, veto events and level history on a real PostgreSQL. */
@PostgresDatabase
@Import(DesignationFixtures.NoticeConfiguration.class)
class DesignationOnPostgresTests extends DesignationTests {
}
