/**
 * Rectification (整改): every problem the groups recorded becomes a task of its branch (or of its
 * unit's party committee) with a deadline; the owner answers with measures and evidence, someone
 * other than the owner verifies (accepted, or reopened with a reason); overdue tasks are reminded
 * and escalated; the ledger (整改台账) counts and exports them; and an open serious task blocks the
 * branch's promotion the next year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rectification")
package org.xingping.rectification;
