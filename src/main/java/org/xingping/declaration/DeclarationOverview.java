package org.xingping.declaration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.platform.DataScope;
import org.xingping.platform.YearOnYear;
import org.xingping.standard.DeclarationKind;

/**
 * The committee's figures of a campaign's declarations: by level applied for and kind, by unit
 * category and unit, and each level against last year, from last year's campaign when the system
 * ran it, else from the declaration counts of the years before it.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationOverview {

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;

    DeclarationOverview(JdbcClient jdbc, CampaignManagement campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** One level applied for: this year's count, last year's, and how they compare. */
    public record LevelFigures(int level, long declared, Optional<Long> lastYear, Optional<Long> heldLastYear,
            Map<DeclarationKind, Long> byKind, YearOnYear change) {
    }

    /** A group of declarations (a category, a unit) and its counts by level applied for. */
    public record Group(String key, String name, long total, Map<Integer, Long> byLevel) {
    }

    public record Overview(int year, long total, List<LevelFigures> levels, List<Group> categories, List<Group> units,
            Map<DeclarationStatus, Long> byStatus) {
    }

    public Overview of(Campaign campaign, DataScope scope) {
        List<DeclarationRow> rows = DeclarationQueries.rows(jdbc, campaign.getId(), DeclarationFilter.everything(), scope);
        int year = campaign.getYear();
        Map<Integer, Long> declaredLastYear = declaredIn(year - 1);
        Map<Integer, Long> heldLastYear = heldIn(year - 1);
        List<LevelFigures> levels = rows.stream().map(DeclarationRow::targetLevel).distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .map(level -> {
                    long declared = rows.stream().filter(row -> row.targetLevel() == level).count();
                    Map<DeclarationKind, Long> byKind = new TreeMap<>();
                    rows.stream().filter(row -> row.targetLevel() == level)
                            .forEach(row -> byKind.merge(row.kind(), 1L, Long::sum));
                    Optional<Long> last = Optional.ofNullable(declaredLastYear.get(level));
                    return new LevelFigures(level, declared, last, Optional.ofNullable(heldLastYear.get(level)),
                            byKind, YearOnYear.of(declared, last.orElse(0L)));
                }).toList();
        Map<DeclarationStatus, Long> byStatus = new TreeMap<>();
        rows.forEach(row -> byStatus.merge(row.status(), 1L, Long::sum));
        return new Overview(year, rows.size(), levels, group(rows, DeclarationRow::unitCategory, row -> row.unitCategory()),
                group(rows, DeclarationRow::unitCode, DeclarationRow::unitName), byStatus);
    }

    /**
     * Declarations by level applied for in a year: from the system's campaign of that year if there
     * is one, else from the counts kept for the years before the system.
     */
    public Map<Integer, Long> declaredIn(int year) {
        Map<Integer, Long> counts = new TreeMap<>();
        Optional<Campaign> campaign = campaigns.find(year);
        if (campaign.isPresent()) {
            jdbc.sql("select target_level, count(*) as declared from declaration where campaign_id = :id"
                            + " group by target_level")
                    .param("id", campaign.get().getId())
                    .query(rs -> {
                        counts.put(rs.getInt("target_level"), rs.getLong("declared"));
                    });
            return counts;
        }
        jdbc.sql("select target_level, applications from declaration_count where year = :year").param("year", year)
                .query(rs -> {
                    counts.put(rs.getInt("target_level"), rs.getLong("applications"));
                });
        return counts;
    }

    /**
     * Branches holding each level in a year, from the level history: each branch's latest level up
     * to that year, since a branch that did not declare keeps the level it held.
     */
    public Map<Integer, Long> heldIn(int year) {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.sql("""
                        select l.stars, count(*) as held from organization_level l
                             join (select party_organization, max(year) as held_year from organization_level
                                   where year <= :year group by party_organization) h
                               on h.party_organization = l.party_organization and h.held_year = l.year
                        group by l.stars""")
                .param("year", year)
                .query(rs -> {
                    counts.put(rs.getInt("stars"), rs.getLong("held"));
                });
        return counts;
    }

    private static List<Group> group(List<DeclarationRow> rows, java.util.function.Function<DeclarationRow, String> key,
            java.util.function.Function<DeclarationRow, String> name) {
        Map<String, Group> groups = new TreeMap<>();
        for (DeclarationRow row : rows) {
            groups.compute(key.apply(row), (k, group) -> {
                Map<Integer, Long> byLevel = group == null ? new TreeMap<>() : new TreeMap<>(group.byLevel());
                byLevel.merge(row.targetLevel(), 1L, Long::sum);
                return new Group(k, name.apply(row), group == null ? 1 : group.total() + 1, byLevel);
            });
        }
        return groups.values().stream().sorted(java.util.Comparator.comparingLong(Group::total).reversed()
                .thenComparing(Group::key)).toList();
    }
}
