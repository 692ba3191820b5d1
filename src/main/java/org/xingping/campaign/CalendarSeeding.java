package org.xingping.campaign;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Seeds the working-day calendar from the shipped data on the first start of a database. */
@Component
class CalendarSeeding implements SmartLifecycle {

    private final WorkingCalendar calendar;
    private volatile boolean running;

    CalendarSeeding(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Before the demo data and the web server: deadlines count on it from the first request. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 10;
    }

    @Override
    public void start() {
        calendar.seed();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
