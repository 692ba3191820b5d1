package org.xingping.decision;

import java.time.Instant;

/**
 * One change of a branch's level in a year: named by a designation, or lowered or revoked later in
 * the year by a veto event, with its reason. Events are only added; the level that stands is the
 * last event's {@code toStars}.
 *
 * @param fromStars the level before; {@code null} when the branch held none on record
 * @param vetoCode  the standard's veto item of a lowering, with its name as the standard words it
 */
public record LevelEvent(long id, int year, Kind kind, Integer fromStars, int toStars, String vetoCode,
                         String vetoName, String reason, String recordedBy, Instant recordedAt) {

    public enum Kind {
        /** Named by the campaign's designation (0 stars: rated but not given a level). */
        DESIGNATED,
        /** Lowered to a smaller level by a veto event. */
        DOWNGRADED,
        /** Lowered to no level at all by a veto event. */
        REVOKED;

        public String messageKey() {
            return "designation.event." + name();
        }
    }
}
