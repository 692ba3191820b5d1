package org.xingping.organization;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A unit (单位): a city department, court, hospital, school, or a central or provincial body
 * stationed in the city. Its party organisations hang below it; its site and coordinates tell the
 * observation planner where it is and which units share a building.
 */
public class Unit {

    @Id
    private Long id;
    private String code;
    private String name;
    private String category;
    private String site;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Version
    private int version;

    @PersistenceCreator
    Unit(Long id, String code, String name, String category, String site, BigDecimal latitude, BigDecimal longitude,
            int version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.category = category;
        this.site = site;
        this.latitude = Coordinates.plain(latitude);
        this.longitude = Coordinates.plain(longitude);
        this.version = version;
    }

    static Unit of(UnitDetails details) {
        return new Unit(null, details.code(), details.name(), details.category(), details.site(), details.latitude(),
                details.longitude(), 0);
    }

    void change(UnitDetails details) {
        code = details.code();
        name = details.name();
        category = details.category();
        site = details.site();
        latitude = Coordinates.plain(details.latitude());
        longitude = Coordinates.plain(details.longitude());
    }

    public UnitDetails details() {
        return new UnitDetails(code, name, category, site, latitude, longitude);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public String getSite() {
        return site;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public int getVersion() {
        return version;
    }
}
