/**
 * Declarations (申报): a branch's self-assessment with its evidence and claims, the rules a
 * submission must keep, the unit's pre-review (初审), the committee's overview and the import of
 * declarations collected offline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Declarations")
package org.xingping.declaration;
