/**
 * Assembles the decision board from what the other modules recorded: the groups' finalised scores
 * become calibration observations and engine records, the committee's facts and settlements are
 * applied, and the confirmed results are laid over the live evaluation. Pure: no database here.
 */
package org.xingping.decision.board;
