/**
 * Calibration (校准): from each group's totals and every member's item scores, how much more
 * generously or strictly each observation group scored (its severity, told by the branches two
 * groups saw), the totals with it taken off, and how well the members of each group agreed, item
 * by item. Pure Java, no Spring, no database: the caller reads the score sheets and the engine's
 * totals and hands them in as {@link org.xingping.decision.calibration.BranchObservation}s.
 *
 * <p>The statistics run in binary floating point, which the path from a score to a star never
 * does: this is estimation, and every figure leaves the package as a {@code BigDecimal}.
 */
@org.springframework.modulith.NamedInterface("calibration")
package org.xingping.decision.calibration;
