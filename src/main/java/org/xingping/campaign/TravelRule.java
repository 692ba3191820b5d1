package org.xingping.campaign;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How travel minutes between two units follow from where they are (interfaces.md): road distance
 * is the straight-line distance times the detour factor, driven at the given speed, rounded up to
 * whole minutes, since a plan counts whole minutes and nobody arrives early; between two units on
 * one site (one building complex) it is the fixed figure instead.
 */
public record TravelRule(BigDecimal speedKmh, BigDecimal detourFactor, int sameSiteMinutes) {

    public TravelRule {
        Objects.requireNonNull(speedKmh, "speedKmh");
        Objects.requireNonNull(detourFactor, "detourFactor");
        if (speedKmh.signum() <= 0 || detourFactor.compareTo(BigDecimal.ONE) < 0 || sameSiteMinutes < 0) {
            throw new IllegalArgumentException("Travel needs a positive speed, a detour of at least 1 and no negative minutes");
        }
    }

    /** Minutes from one unit to another {@code straightLineKm} away; {@code sameSite} when both are on one site. */
    public int minutes(double straightLineKm, boolean sameSite) {
        if (sameSite) {
            return sameSiteMinutes;
        }
        double hours = straightLineKm * detourFactor.doubleValue() / speedKmh.doubleValue();
        // A hair of floating-point noise must not turn 12 minutes into 13.
        return (int) Math.ceil(hours * 60 - 1e-9);
    }
}
