package org.xingping.scoring;

import java.time.Instant;
import java.util.List;

/**
 * Lets a later module show next year's observers what was found at a branch before and how it was
 * rectified, on the score sheet they may open, and lets them mark a past problem as found again
 * (recurring). Scoring knows no tasks: the rectification module answers.
 */
public interface PastProblems {

    /** A problem of an earlier year and where its rectification stands. */
    record PastProblem(long id, int year, String item, String severity, String text, String status,
            String answer, String verifiedBy, Instant verifiedAt, Integer recurringYear) {

        public boolean recurring() {
            return recurringYear != null;
        }
    }

    /** The branch's problems of years before {@code year}, newest first. */
    List<PastProblem> before(int year, String branchCode);

    /** An observer of {@code year} found the past problem again at the branch. */
    void markRecurring(int year, String branchCode, long problemId, String observer);
}
