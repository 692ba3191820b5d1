/**
 * The committee's decision (评定): calibration of the groups' severity, ranking, quotas, the
 * committee's decision, designation (命名) and each branch's level history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision")
package org.xingping.decision;
