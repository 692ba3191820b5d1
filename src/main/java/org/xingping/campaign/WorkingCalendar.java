package org.xingping.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.AppSettings;
import org.xingping.platform.AuditLog;

/**
 * The official working-day calendar (工作日历) every deadline and notice period counts on: Monday
 * to Friday, except public holidays, plus the weekend days worked instead (调休). Shipped for
 * 2021–2026 and edited by the 系统管理员 when the State Council publishes a new year.
 */
@Service
@Transactional
public class WorkingCalendar {

    static final String SHIPPED = "campaign/holidays-cn.csv";
    private static final String SEEDED = "calendar.seeded";

    private final JdbcClient jdbc;
    private final AppSettings settings;
    private final AuditLog audit;
    /** The special days by date, read once and replaced whenever the calendar changes. */
    private volatile Map<LocalDate, CalendarDay> special;

    WorkingCalendar(JdbcClient jdbc, AppSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    /** Loads the shipped days into an empty calendar, once per database. */
    public void seed() {
        if (settings.get(SEEDED).isPresent()) {
            return;
        }
        for (CalendarDay day : shipped()) {
            if (jdbc.sql("select count(*) from calendar_day where day = :day").param("day", Date.valueOf(day.day()))
                    .query(Long.class).single() == 0) {
                insert(day);
            }
        }
        settings.put(SEEDED, "true");
        special = null;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days().get(date);
        if (day != null) {
            return day.kind() == CalendarDay.Kind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The working day {@code count} working days after {@code date} (1 = the next working day). */
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate date, int count) {
        LocalDate day = date;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The last day of a period of {@code count} working days that starts on {@code start} (counted
     * if it is a working day): a five-working-day notice from a Friday ends the next Thursday.
     */
    @Transactional(readOnly = true)
    public LocalDate periodEnd(LocalDate start, int count) {
        return plusWorkingDays(start.minusDays(1), count);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before. */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return days().values().stream().filter(day -> day.day().getYear() == year).toList();
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return days().keySet().stream().map(LocalDate::getYear).distinct().sorted().toList();
    }

    /** Marks a day as a holiday or a make-up working day, replacing what was there. */
    public void mark(CalendarDay day) {
        if (day.kind() == CalendarDay.Kind.WORKDAY && isWeekday(day.day())) {
            throw new CampaignRefused("calendar.workdayOnWeekday", day.day());
        }
        if (day.name() == null || day.name().isBlank()) {
            throw new CampaignRefused("calendar.nameRequired");
        }
        CalendarDay before = days().get(day.day());
        jdbc.sql("delete from calendar_day where day = :day").param("day", Date.valueOf(day.day())).update();
        insert(new CalendarDay(day.day(), day.kind(), day.name().strip()));
        special = null;
        audit.updated("CalendarDay", day.day(), "工作日历：" + day.day() + " " + day.name(), before, day);
    }

    /** Makes a day plain again (a weekday works, a weekend rests). */
    public void clear(LocalDate date) {
        CalendarDay before = days().get(date);
        if (before == null) {
            return;
        }
        jdbc.sql("delete from calendar_day where day = :day").param("day", Date.valueOf(date)).update();
        special = null;
        audit.deleted("CalendarDay", date, "工作日历：取消 " + date + " " + before.name(), before);
    }

    private Map<LocalDate, CalendarDay> days() {
        Map<LocalDate, CalendarDay> known = special;
        if (known == null) {
            Map<LocalDate, CalendarDay> loaded = new TreeMap<>();
            jdbc.sql("select day, kind, name from calendar_day").query((rs, n) -> new CalendarDay(
                            rs.getDate("day").toLocalDate(), CalendarDay.Kind.valueOf(rs.getString("kind")),
                            rs.getString("name")))
                    .list().forEach(day -> loaded.put(day.day(), day));
            known = loaded;
            special = known;
        }
        return known;
    }

    private void insert(CalendarDay day) {
        jdbc.sql("insert into calendar_day (day, kind, name) values (:day, :kind, :name)")
                .param("day", Date.valueOf(day.day())).param("kind", day.kind().name()).param("name", day.name())
                .update();
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The days the product ships, as the State Council's notices give them. */
    static List<CalendarDay> shipped() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(SHIPPED).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("date,") && !line.isBlank())
                    .map(line -> line.split(","))
                    .map(cells -> new CalendarDay(LocalDate.parse(cells[0]), CalendarDay.Kind.valueOf(cells[1]),
                            cells[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped calendar " + SHIPPED + " cannot be read", e);
        }
    }
}
