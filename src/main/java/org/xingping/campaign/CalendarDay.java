package org.xingping.campaign;

import java.time.LocalDate;

/** A day that differs from the plain week: a public holiday, or a weekend day worked instead (调休). */
public record CalendarDay(LocalDate day, Kind kind, String name) {

    public enum Kind {
        /** 法定节假日: no work, whatever weekday it is. */
        HOLIDAY,
        /** 调休上班: a Saturday or Sunday worked to make up for a holiday. */
        WORKDAY;

        public String messageKey() {
            return "calendar.kind." + name();
        }
    }
}
