package org.xingping.organization.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.xingping.organization.Unit;
import org.xingping.organization.UnitDetails;

/**
 * The unit form. A bean with setters rather than a record: a coordinate typed as "32,98" must come
 * back to the form with its error, and a record that fails to convert is not built at all.
 */
public class UnitForm {

    @NotBlank
    @Size(max = 32)
    private String code = "";
    @NotBlank
    @Size(max = 200)
    private String name = "";
    @NotBlank
    @Size(max = 50)
    private String category = "";
    @Size(max = 200)
    private String site = "";
    @NotNull
    private BigDecimal latitude;
    @NotNull
    private BigDecimal longitude;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.category = unit.getCategory();
        form.site = unit.getSite();
        form.latitude = unit.getLatitude();
        form.longitude = unit.getLongitude();
        return form;
    }

    UnitDetails details() {
        return new UnitDetails(code, name, category, site, latitude, longitude);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }
}
