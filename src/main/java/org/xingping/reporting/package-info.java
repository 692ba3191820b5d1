/**
 * Reporting (讲评与统计): read models over the whole campaign, the review-meeting report among
 * them. It reads every module through its public API and writes no other module's data; no
 * module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.xingping.reporting;
