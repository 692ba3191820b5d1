package org.xingping.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xingping.support.XingPingTest;

/** The working-day calendar deadlines and notice periods count on: holidays rest, make-up days work. */
@XingPingTest
class WorkingCalendarTests {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theShippedCalendarCoversTwentyTwentyOneToTwentyTwentySixAndItsMakeUpDaysAreWeekends() {
        assertThat(calendar.years()).contains(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(WorkingCalendar.shipped()).filteredOn(day -> day.kind() == CalendarDay.Kind.WORKDAY)
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day.day().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void holidaysRestAndMakeUpDaysWork() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 10, 4))).as("National Day, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 10, 9))).as("a make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 11, 20))).as("a plain Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 11, 23))).as("a plain Tuesday").isTrue();
    }

    @Test
    void aFiveWorkingDayNoticeSpansTheNationalDayHoliday() {
        // 30 Sep 2021 (Thu) is day 1, 1–7 Oct rest, 8 Oct (Fri) and the make-up 9 Oct (Sat) count, then 11 and 12 Oct.
        assertThat(calendar.periodEnd(LocalDate.of(2021, 9, 30), 5)).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2021, 11, 19), 3)).isEqualTo(LocalDate.of(2021, 11, 24));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 24))).isEqualTo(3);
    }

    @Test
    void aMakeUpWorkingDayMustBeAWeekendDay() {
        assertThatThrownBy(() -> calendar.mark(new CalendarDay(LocalDate.of(2027, 3, 3), CalendarDay.Kind.WORKDAY,
                "调休"))).isInstanceOf(CampaignRefused.class);
    }

    @Test
    void theAdministratorAddsANewYearsHolidayAndClearsIt() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        calendar.mark(new CalendarDay(newYear, CalendarDay.Kind.HOLIDAY, "元旦"));
        assertThat(calendar.isWorkingDay(newYear)).isFalse();
        calendar.clear(newYear);
        assertThat(calendar.isWorkingDay(newYear)).as("a plain Friday").isTrue();
    }
}
