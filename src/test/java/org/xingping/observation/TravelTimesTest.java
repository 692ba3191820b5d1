package org.xingping.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingping.campaign.TravelRule;

class TravelTimesTest {

    private final TravelTimes travel = new TravelTimes(new TravelRule(new BigDecimal("25"), new BigDecimal("1.3"), 5));

    private static UnitToVisit unit(String code, String site, double latitude, double longitude) {
        return new UnitToVisit(code, code, site, latitude, longitude, List.of());
    }

    @Test
    void unitsOnOneSiteTakeTheFixedMinutes() {
        assertThat(travel.minutes(unit("U001", "市行政中心", 32.9818, 114.0553), unit("U003", "市行政中心", 32.9818, 114.0553)))
                .isEqualTo(5);
        assertThat(travel.minutes(unit("U001", null, 32.9818, 114.0553), unit("U003", "市行政中心", 32.9819, 114.0554)))
                .isEqualTo(5);
    }

    @Test
    void otherSitesTakeTheStraightLineTimesTheDetourAtTheSpeedRoundedUp() {
        // 0.05° of longitude at 33° north is 4.67 km: × 1.3 ÷ 25 km/h = 14.6 minutes.
        assertThat(travel.minutes(unit("A", "甲", 33.0, 114.0), unit("B", "乙", 33.0, 114.05))).isEqualTo(15);
    }

    @Test
    void aSiteNameAloneDoesNotMakeOneSite() {
        // The reference table calls units kilometres apart 老城区.
        UnitToVisit u014 = unit("U014", "老城区", 32.99795, 114.02367);
        UnitToVisit u017 = unit("U017", "老城区", 33.02247, 114.02282);

        assertThat(TravelTimes.sameSite(u014, u017)).isFalse();
        assertThat(travel.minutes(u014, u017)).isEqualTo(9);
    }

    @Test
    void twoNamedSitesNextToEachOtherAreTwoSites() {
        UnitToVisit court = unit("U050", "法院", 33.0, 114.0);
        UnitToVisit procuratorate = unit("U051", "检察院", 33.0005, 114.0);

        assertThat(TravelTimes.sameSite(court, procuratorate)).isFalse();
        // 56 m: the drive rounds up to a minute.
        assertThat(travel.minutes(court, procuratorate)).isEqualTo(1);
    }

    @Test
    void noTravelWithinAUnit() {
        UnitToVisit unit = unit("U001", "市行政中心", 32.9818, 114.0553);
        assertThat(travel.minutes(unit, unit)).isZero();
    }
}
