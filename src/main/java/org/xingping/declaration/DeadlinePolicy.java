package org.xingping.declaration;

/** A declaration is submitted before the end of the declaration deadline's day. */
class DeadlinePolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        var deadline = submission.calendar().declarationDeadline();
        var end = deadline.plusDays(1).atStartOfDay(submission.zone()).toInstant();
        return submission.now().isBefore(end) ? Verdict.allowed() : Verdict.refused("policy.deadline", deadline);
    }
}
