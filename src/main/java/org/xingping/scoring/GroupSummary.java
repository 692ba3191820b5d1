package org.xingping.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A version of a group's summary (小组汇总) of one unit, or of the whole group ({@code unitCode}
 * empty): the highlights (亮点), problems (问题) and overall impression the leader drafted, and
 * each member's answer to this version.
 */
public record GroupSummary(long id, int group, String unitCode, int version, String highlights, String problems,
                           String impression, String draftedBy, Instant draftedAt, List<Answer> answers) {

    /** A member's answer: {@code agrees} null while they have not answered; dissent in their words. */
    public record Answer(String observerName, Boolean agrees, String dissent, Instant answeredAt) {

        public boolean pending() {
            return agrees == null;
        }
    }

    public boolean wholeGroup() {
        return unitCode.isEmpty();
    }

    public boolean acknowledgedByAll() {
        return answers.stream().noneMatch(Answer::pending);
    }

    public Optional<Answer> answerOf(String observerName) {
        return answers.stream().filter(answer -> answer.observerName().equals(observerName)).findFirst();
    }
}
