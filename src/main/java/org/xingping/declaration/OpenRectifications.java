package org.xingping.declaration;

import java.util.List;

/**
 * Asks a later module which serious problems of a branch are still not rectified: an open serious
 * task blocks the branch from declaring a promotion (晋升) the next year. Declarations know no
 * tasks (rectification depends on decision, which depends on declarations), so the rectification
 * module implements this; without an implementation nothing is open.
 */
public interface OpenRectifications {

    /** A serious problem found in {@code year} and not yet closed: its item (code and name) and what was found. */
    record OpenTask(long id, int year, String itemCode, String itemName, String text) {
    }

    /** The open serious tasks of the branch from campaigns before {@code year}. */
    List<OpenTask> openSerious(long branchId, int year);
}
