package org.xingping.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A campaign year (创建年度). The committee opens it with a name, the standard it rates by (frozen
 * from then on), the units in scope and its calendar; branches declare until the declaration
 * deadline, units pre-review until theirs, the groups observe on the observation days, the
 * committee decides, the results are noticed and designated. Its documents (实施方案, 工作细则 …)
 * are read by everyone in scope. One campaign per year.
 */
public class Campaign {

    @Id
    private Long id;
    private final int year;
    private String name;
    private final String standardId;
    private LocalDate declarationDeadline;
    private LocalDate preReviewDeadline;
    private LocalDate observationStart;
    private LocalDate observationEnd;
    private LocalDate noticeStart;
    private LocalDate designationDate;
    private String campaignFile;
    private final Instant openedAt;
    private final String openedBy;
    /** The units in scope; stored in campaign_unit. */
    private Set<CampaignUnit> units;
    @Version
    private int version;

    /** A unit in the campaign's scope. */
    record CampaignUnit(long unitId) {
    }

    @PersistenceCreator
    Campaign(Long id, int year, String name, String standardId, LocalDate declarationDeadline,
            LocalDate preReviewDeadline, LocalDate observationStart, LocalDate observationEnd, LocalDate noticeStart,
            LocalDate designationDate, String campaignFile, Instant openedAt, String openedBy, Set<CampaignUnit> units,
            int version) {
        this.id = id;
        this.year = year;
        this.name = name;
        this.standardId = standardId;
        this.declarationDeadline = declarationDeadline;
        this.preReviewDeadline = preReviewDeadline;
        this.observationStart = observationStart;
        this.observationEnd = observationEnd;
        this.noticeStart = noticeStart;
        this.designationDate = designationDate;
        this.campaignFile = campaignFile;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.units = units == null ? new HashSet<>() : new HashSet<>(units);
        this.version = version;
    }

    static Campaign open(int year, String name, String standardId, CampaignCalendar calendar, Set<Long> unitIds,
            Instant now, String by) {
        Campaign campaign = new Campaign(null, year, name, standardId, null, null, null, null, null, null, null, now,
                by, Set.of(), 0);
        campaign.reschedule(calendar);
        campaign.scope(unitIds);
        return campaign;
    }

    void rename(String newName) {
        name = newName;
    }

    void reschedule(CampaignCalendar calendar) {
        declarationDeadline = calendar.declarationDeadline();
        preReviewDeadline = calendar.preReviewDeadline();
        observationStart = calendar.observationStart();
        observationEnd = calendar.observationEnd();
        noticeStart = calendar.noticeStart();
        designationDate = calendar.designationDate();
    }

    void scope(Set<Long> unitIds) {
        units = unitIds.stream().map(CampaignUnit::new).collect(Collectors.toCollection(HashSet::new));
    }

    void attachCampaignFile(String text) {
        campaignFile = text;
    }

    public CampaignCalendar calendar() {
        return new CampaignCalendar(declarationDeadline, preReviewDeadline, observationStart, observationEnd,
                noticeStart, designationDate);
    }

    public CampaignPhase phaseOn(LocalDate day) {
        return calendar().phaseOn(day);
    }

    public boolean includesUnit(long unitId) {
        return units.contains(new CampaignUnit(unitId));
    }

    public Set<Long> unitIds() {
        return units.stream().map(CampaignUnit::unitId).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<String> campaignFile() {
        return Optional.ofNullable(campaignFile);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public String getStandardId() {
        return standardId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public int getVersion() {
        return version;
    }
}
