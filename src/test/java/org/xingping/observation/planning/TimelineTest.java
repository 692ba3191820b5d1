package org.xingping.observation.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.observation.planning.PlanningFixtures.BRIEFING;
import static org.xingping.observation.planning.PlanningFixtures.FIVE_STARS;
import static org.xingping.observation.planning.PlanningFixtures.at;
import static org.xingping.observation.planning.PlanningFixtures.blockOf;
import static org.xingping.observation.planning.PlanningFixtures.referenceDays;
import static org.xingping.observation.planning.PlanningFixtures.threePlaces;
import static org.xingping.observation.planning.PlanningFixtures.unitBlock;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static Timeline lay(PlanningCalendar calendar, Stop... stops) {
        return Timeline.lay(calendar, threePlaces(), 1, List.of(), List.of(stops));
    }

    @Nested
    class Lunch {

        @Test
        void aBlockContinuesAfterLunchAndNoVisitStraddlesIt() {
            // 08:30–11:30 fills the morning to 11:30; the next unit on the same site is 5 minutes away.
            Stop morning = blockOf("U1", 0, 180);
            Stop next = unitBlock("U2", 1, FIVE_STARS, FIVE_STARS);

            Timeline timeline = lay(referenceDays(1), morning, next);

            Placement placed = timeline.placements().get(1);
            assertThat(placed.day()).isZero();
            assertThat(placed.travelBefore()).isEqualTo(5);
            // briefing 11:35–11:50, first branch 11:50–11:58, the second would end 12:06: after lunch.
            assertThat(placed.starts()).containsExactly(at(11, 35), at(11, 50), at(14, 30));
            assertThat(placed.end()).isEqualTo(at(14, 38));
        }

        @Test
        void aVisitThatWouldRunIntoLunchStartsAfterIt() {
            Stop morning = blockOf("U1", 0, 195);   // to 11:45
            Stop next = unitBlock("U2", 1, FIVE_STARS);  // the briefing would run 11:50–12:05

            Placement placed = lay(referenceDays(1), morning, next).placements().get(1);

            assertThat(placed.starts()).containsExactly(at(14, 30), at(14, 30) + BRIEFING);
        }

        @Test
        void travelMayRunIntoTheBreak() {
            Stop morning = blockOf("U1", 0, 205);   // to 11:55
            Stop across = unitBlock("U3", 2, FIVE_STARS); // 12 minutes away: arrives 12:07, starts after lunch

            Placement placed = lay(referenceDays(1), morning, across).placements().get(1);

            assertThat(placed.travelBefore()).isEqualTo(12);
            assertThat(placed.start()).isEqualTo(at(14, 30));
        }
    }

    @Nested
    class Days {

        @Test
        void aBlockThatDoesNotFitWhatIsLeftOfTheDayStartsTheNextMorningWithoutTravel() {
            Stop morning = blockOf("U1", 0, 200);
            Stop afternoon = blockOf("U2", 1, 180);  // to 17:35 with the 5 minutes from U1
            Stop tooLong = blockOf("U3", 2, 60);

            Timeline timeline = lay(referenceDays(2), morning, afternoon, tooLong);

            Placement placed = timeline.placements().get(2);
            assertThat(placed.day()).isEqualTo(1);
            assertThat(placed.start()).isEqualTo(at(8, 30));
            assertThat(placed.travelBefore()).isZero();
            assertThat(timeline.travelMinutes()).isEqualTo(5);
            assertThat(timeline.overflowMinutes()).isZero();
        }

        @Test
        void whatSpillsPastTheLastDayIsOverflowInMinutes() {
            Stop first = blockOf("U1", 0, 400);
            Stop spilled = blockOf("U2", 1, 99);

            Timeline timeline = lay(referenceDays(1), first, spilled);

            assertThat(timeline.placements().get(1).day()).isEqualTo(1);
            assertThat(timeline.overflowMinutes()).isEqualTo(spilled.minutes());
        }

        @Test
        void theLastDayEndIsCountedFromItsFirstWindow() {
            Stop dayOne = blockOf("U1", 0, 400);
            Stop dayTwo = blockOf("U2", 1, 99);

            Timeline timeline = lay(referenceDays(2), dayOne, dayTwo);

            assertThat(timeline.lastDayEnd()).isEqualTo(dayTwo.minutes());
            assertThat(lay(referenceDays(3), dayOne, dayTwo).lastDayEnd()).isZero();
        }

        @Test
        void workloadIsVisitingAndTravel() {
            Stop one = unitBlock("U1", 0, FIVE_STARS);
            Stop two = unitBlock("U3", 2, FIVE_STARS);

            Timeline timeline = lay(referenceDays(1), one, two);

            assertThat(timeline.workload()).isEqualTo(2 * (BRIEFING + FIVE_STARS) + 12);
        }
    }

    @Nested
    class Travel {

        @Test
        void sameSiteTakesTheFixedMinutesAndAnotherSiteItsDrive() {
            Stop one = unitBlock("U1", 0, FIVE_STARS);
            Stop sameSite = unitBlock("U2", 1, FIVE_STARS);
            Stop elsewhere = unitBlock("U3", 2, FIVE_STARS);

            Timeline timeline = lay(referenceDays(1), one, sameSite, elsewhere);

            assertThat(timeline.placements()).extracting(Placement::travelBefore).containsExactly(0, 5, 12);
            assertThat(timeline.placements().get(1).start()).isEqualTo(timeline.placements().get(0).end() + 5);
            assertThat(timeline.placements().get(2).start()).isEqualTo(timeline.placements().get(1).end() + 12);
        }
    }

    @Nested
    class FixedByHand {

        @Test
        void aStopThatWouldRunIntoAFixedVisitGoesAfterIt() {
            PlanningCalendar calendar = referenceDays(1);
            Stop fixedUnit = unitBlock("U2", 1, FIVE_STARS);
            FixedStop fixed = new FixedStop(fixedUnit, 0, calendar.fit(fixedUnit.slots(), at(9, 0)));
            Stop movable = blockOf("U1", 0, 60);

            Timeline timeline = Timeline.lay(calendar, threePlaces(), 1, List.of(fixed), List.of(movable));

            assertThat(timeline.placements()).extracting(placement -> placement.stop().id()).containsExactly("U2", "U1");
            assertThat(timeline.placements().get(0).start()).isEqualTo(at(9, 0));
            assertThat(timeline.placements().get(1).start()).isEqualTo(fixed.end() + 5);
        }

        @Test
        void aStopThatEndsInTimeGoesBeforeTheFixedVisit() {
            PlanningCalendar calendar = referenceDays(1);
            Stop fixedUnit = unitBlock("U2", 1, FIVE_STARS);
            FixedStop fixed = new FixedStop(fixedUnit, 0, calendar.fit(fixedUnit.slots(), at(10, 0)));
            Stop movable = unitBlock("U1", 0, FIVE_STARS);  // 08:30–08:53, then 5 minutes to U2

            Timeline timeline = Timeline.lay(calendar, threePlaces(), 1, List.of(fixed), List.of(movable));

            assertThat(timeline.placements()).extracting(placement -> placement.stop().id()).containsExactly("U1", "U2");
            assertThat(timeline.placements().get(1).travelBefore()).isEqualTo(5);
            assertThat(timeline.placements().get(1).start()).isEqualTo(at(10, 0));
        }
    }
}
