package org.xingping.platform;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Small settings the application keeps in its own table: the campaign year the shell shows and
 * works in, whether the demo data set has been loaded. Until a campaign is opened, the current
 * campaign year is the calendar year.
 */
@Service
@Transactional
public class AppSettings {

    static final String CAMPAIGN_YEAR = "campaign.year";

    private final JdbcClient jdbc;
    private final Clock clock;

    AppSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int campaignYear() {
        return get(CAMPAIGN_YEAR).map(Integer::parseInt).orElseGet(() -> Year.now(clock).getValue());
    }

    public void setCampaignYear(int year) {
        put(CAMPAIGN_YEAR, Integer.toString(year));
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String name) {
        return jdbc.sql("select value from app_setting where name = :name").param("name", name)
                .query(String.class).optional();
    }

    public void put(String name, String value) {
        int updated = jdbc.sql("update app_setting set value = :value where name = :name")
                .param("name", name).param("value", value).update();
        if (updated == 0) {
            jdbc.sql("insert into app_setting (name, value) values (:name, :value)")
                    .param("name", name).param("value", value).update();
        }
    }
}
