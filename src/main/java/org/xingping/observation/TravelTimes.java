package org.xingping.observation;

import java.util.Objects;

import org.xingping.campaign.TravelRule;

/**
 * Travel minutes between two units, by the campaign's {@link TravelRule}: straight-line kilometres
 * (great-circle distance on the coordinates) times the detour factor, at the campaign's speed;
 * between two units on one site, the fixed same-site minutes; none within one unit.
 *
 * <p>Two units share a site when they lie within {@value #SAME_SITE_METRES} m of each other and the
 * units table does not name two different sites for them (an empty site names none). Neither
 * half decides alone: the reference table writes district names such as 老城区 for units
 * kilometres apart, and two neighbouring buildings the table names differently are two sites.
 */
public final class TravelTimes {

    /** How near two units must be to be one building complex. */
    public static final int SAME_SITE_METRES = 200;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final TravelRule rule;

    public TravelTimes(TravelRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public int minutes(UnitToVisit from, UnitToVisit to) {
        if (from.code().equals(to.code())) {
            return 0;
        }
        return rule.minutes(kilometres(from, to), sameSite(from, to));
    }

    public static boolean sameSite(UnitToVisit a, UnitToVisit b) {
        boolean near = kilometres(a, b) * 1000 <= SAME_SITE_METRES;
        boolean namedApart = a.site() != null && b.site() != null && !a.site().equals(b.site());
        return near && !namedApart;
    }

    /** The great-circle distance (haversine). */
    public static double kilometres(UnitToVisit a, UnitToVisit b) {
        return kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    public static double kilometres(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
        double phiA = Math.toRadians(latitudeA);
        double phiB = Math.toRadians(latitudeB);
        double dPhi = phiB - phiA;
        double dLambda = Math.toRadians(longitudeB - longitudeA);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phiA) * Math.cos(phiB) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
