package org.xingping.campaign;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.RegistryFixtures;
import org.xingping.standard.Standards;
import org.xingping.standard.library.RatingStandardManagement;

/** Campaigns as tests speak of them. */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /**
     * A campaign of the given year rated by the reference standard, with the 2021 rhythm: declarations
     * close on 5 November, pre-review on 12 November, observation 23–26 November, notice from
     * 13 December, designation on 24 December.
     */
    public static CampaignManagement.OpenCampaign openIn(int year, Set<Long> units) {
        return new CampaignManagement.OpenCampaign(year, year + "年度星级党支部创建观摩活动", "zmd-szjg-2021",
                calendarOf(year), units);
    }

    public static CampaignCalendar calendarOf(int year) {
        return new CampaignCalendar(LocalDate.of(year, 11, 5), LocalDate.of(year, 11, 12), LocalDate.of(year, 11, 23),
                LocalDate.of(year, 11, 26), LocalDate.of(year, 12, 13), LocalDate.of(year, 12, 24));
    }

    /**
     * The reference registry and standard, loaded once into the application's database, and a
     * campaign of {@code year} over every unit, opened once: what a test of a later step needs.
     */
    public static Campaign referenceCampaign(ApplicationContext context, int year) {
        referenceCampaign(context, OptionalInt.of(year));
        return context.getBean(CampaignManagement.class).require(year);
    }

    /** The reference registry and standard, and a campaign of every unit when a year is given. */
    public static void referenceCampaign(ApplicationContext context, OptionalInt year) {
        OrganizationManagement registry = context.getBean(OrganizationManagement.class);
        RatingStandardManagement standards = context.getBean(RatingStandardManagement.class);
        CampaignManagement campaigns = context.getBean(CampaignManagement.class);
        if (registry.unitByCode("U001").isEmpty()) {
            RegistryFixtures.importReference(context.getBean(OrganizationImport.class));
        }
        if (standards.find("zmd-szjg-2021").isEmpty()) {
            standards.upload(Standards.referenceFile());
        }
        if (year.isPresent() && campaigns.find(year.getAsInt()).isEmpty()) {
            Set<Long> all = registry.allUnits().stream().map(unit -> unit.getId()).collect(Collectors.toSet());
            campaigns.open(openIn(year.getAsInt(), all));
        }
    }
}
