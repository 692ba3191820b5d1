package org.xingping.organization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a unit's details must keep, shared by the form and the import: a code people can
 * type, a name and a category, and coordinates that lie in China (swapped latitude and
 * longitude are the usual mistake, and the planner's travel times depend on them).
 */
final class UnitRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    static final BigDecimal MIN_LATITUDE = new BigDecimal("3.8");
    static final BigDecimal MAX_LATITUDE = new BigDecimal("53.6");
    static final BigDecimal MIN_LONGITUDE = new BigDecimal("73.4");
    static final BigDecimal MAX_LONGITUDE = new BigDecimal("135.1");

    private UnitRules() {
    }

    static List<Refusal> check(UnitDetails unit) {
        List<Refusal> refusals = new ArrayList<>();
        if (unit.code() == null || unit.code().isBlank()) {
            refusals.add(new Refusal("code", "rule.required"));
        } else if (!CODE.matcher(unit.code()).matches()) {
            refusals.add(new Refusal("code", "rule.code", unit.code()));
        }
        if (unit.name() == null || unit.name().isBlank()) {
            refusals.add(new Refusal("name", "rule.required"));
        } else if (unit.name().length() > 200) {
            refusals.add(new Refusal("name", "rule.tooLong", 200));
        }
        if (unit.category() == null || unit.category().isBlank()) {
            refusals.add(new Refusal("category", "rule.required"));
        } else if (unit.category().length() > 50) {
            refusals.add(new Refusal("category", "rule.tooLong", 50));
        }
        if (unit.site() != null && unit.site().length() > 200) {
            refusals.add(new Refusal("site", "rule.tooLong", 200));
        }
        if (swapped(unit.latitude(), unit.longitude())) {
            refusals.add(new Refusal("latitude", "rule.coordinatesSwapped", unit.latitude().toPlainString(),
                    unit.longitude().toPlainString()));
            return refusals;
        }
        checkCoordinate(refusals, "latitude", unit.latitude(), MIN_LATITUDE, MAX_LATITUDE);
        checkCoordinate(refusals, "longitude", unit.longitude(), MIN_LONGITUDE, MAX_LONGITUDE);
        return refusals;
    }

    /** Both outside their ranges, and both inside the other's: the columns were mixed up. */
    private static boolean swapped(BigDecimal latitude, BigDecimal longitude) {
        return latitude != null && longitude != null
                && !within(latitude, MIN_LATITUDE, MAX_LATITUDE) && !within(longitude, MIN_LONGITUDE, MAX_LONGITUDE)
                && within(latitude, MIN_LONGITUDE, MAX_LONGITUDE) && within(longitude, MIN_LATITUDE, MAX_LATITUDE);
    }

    private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    private static void checkCoordinate(List<Refusal> refusals, String column, BigDecimal value, BigDecimal min,
            BigDecimal max) {
        if (value == null) {
            refusals.add(new Refusal(column, "rule.required"));
        } else if (!within(value, min, max)) {
            refusals.add(new Refusal(column, "rule.coordinateOutsideChina", value.toPlainString(),
                    min.toPlainString(), max.toPlainString()));
        } else if (value.scale() > 6) {
            refusals.add(new Refusal(column, "rule.coordinatePrecision", value.toPlainString()));
        }
    }
}
