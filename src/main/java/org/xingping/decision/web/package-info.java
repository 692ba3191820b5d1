/**
 * The committee's pages of the decision: the board, a branch's facts and settlements, the
 * calibration and the choice of totals, confirmation.
 */
package org.xingping.decision.web;
