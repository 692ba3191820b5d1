/**
 * The evaluation engine's steps, in the order of the format: item scores consolidated and summed
 * into sections, parts and a rounded total ({@code BranchScoring}); the level earned, then capped by
 * vetoes, the declaration and promotion ({@code LevelSteps}); quotas ({@code QuotaAllocation});
 * honours ({@code HonourNomination}). Plain Java over exact decimals; internal to the standard
 * module, whose entry point is {@code RatingEngine}.
 */
package org.xingping.standard.engine;
