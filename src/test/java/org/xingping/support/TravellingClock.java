package org.xingping.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the real time, moved forward when a test must live through a
 * period (a five-working-day notice) in seconds. A test that travels comes back before it ends,
 * since every test of a context shares the clock.
 */
@Component
@Primary
@Profile("test")
public class TravellingClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private volatile Duration ahead = Duration.ZERO;

    public void travel(Duration forward) {
        ahead = ahead.plus(forward);
    }

    public void comeBack() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }
}
