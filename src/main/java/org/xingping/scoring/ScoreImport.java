package org.xingping.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Recusal;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;
import org.xingping.platform.AuditLog;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.IllegalScoreValue;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.tables.TableFiles;
import org.xingping.standard.tables.Tables;

/**
 * Paper sheets typed in: a scores table (interfaces.md: branch_code, scorer, item_code, value)
 * becomes the scorers' sheets of a campaign, handed in. The same rules hold as on the phone:
 * the scorer's group visits the branch in the published plan, they are not recused from it,
 * every value is one the item takes; and every value enters the ledger, with where it came from.
 * A file with any bad row is refused whole.
 */
@Service
@Transactional
public class ScoreImport {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final CampaignManagement campaigns;
    private final ObservationManagement observation;
    private final DeclarationManagement declarations;
    private final AuditLog audit;
    private final Clock clock;

    ScoreImport(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CampaignManagement campaigns,
            ObservationManagement observation, DeclarationManagement declarations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.campaigns = campaigns;
        this.observation = observation;
        this.declarations = declarations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an import did. */
    public record Imported(int sheets, int values) {
    }

    /**
     * Imports the scores of a campaign. A scorer's sheet of a branch that exists already is
     * refused (a sheet is typed in once); the sheets are stored as submitted, with {@code note}.
     */
    public Imported importFile(int year, String fileName, InputStream content, String by, String note) {
        Campaign campaign = campaigns.require(year);
        RatingStandard standard = declarations.standardOfCampaign(campaign);
        StoredPlan plan = observation.plan(year).filter(StoredPlan::published)
                .orElseThrow(() -> new ScoringRefused("scoring.importNeedsPlan", Integer.toString(year)));
        TableFiles files = new TableFiles();
        TableFiles.TableFile file = files.read(fileName, content, Tables.SCORES);
        Map<String, Long> observerIds = new HashMap<>();
        Map<String, Integer> groupOf = new HashMap<>();
        observation.observers().forEach(stored -> observerIds.put(stored.observer().name(), stored.id()));
        for (ObservationGroup group : observation.groups(year)) {
            group.everyone().forEach(person -> groupOf.put(person.name(), group.number()));
        }
        Map<String, Map<Integer, Visit>> visits = new HashMap<>();
        plan.visits().stream().filter(visit -> !visit.isBriefing()).forEach(visit -> visits
                .computeIfAbsent(visit.branchCode(), branch -> new HashMap<>()).put(visit.group(), visit));
        Map<String, List<Recusal>> recusals = new HashMap<>();
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (TableRow row : file.rows().orElse(List.of())) {
            String branch = row.get("branch_code");
            String scorer = row.get("scorer");
            Integer group = groupOf.get(scorer);
            if (!observerIds.containsKey(scorer) || group == null) {
                file.problems().add(row, "scorer", "评分人 " + scorer + " 不在 " + year + " 年度任何观摩组中");
                continue;
            }
            Visit visit = visits.getOrDefault(branch, Map.of()).get(group);
            if (visit == null) {
                file.problems().add(row, "branch_code", "已发布的观摩安排中，第 " + group + " 组不观摩支部 " + branch);
                continue;
            }
            List<Recusal> own = recusals.computeIfAbsent(scorer, name -> observation.recusalsOf(year,
                    observation.observers().stream().filter(stored -> stored.observer().name().equals(name))
                            .findFirst().orElseThrow().observer()));
            if (own.stream().anyMatch(recusal -> recusal.covers(visit.unitCode(), branch))) {
                file.problems().add(row, "scorer", scorer + " 须回避 " + visit.unitCode() + "，不能为支部 " + branch + " 评分");
                continue;
            }
            Item item = standard.item(row.get("item_code")).orElse(null);
            if (item == null) {
                file.problems().add(row, "item_code", "评分标准中没有项目 " + row.get("item_code"));
                continue;
            }
            BigDecimal points;
            try {
                points = item.score(row.get("value")).setScale(4, RoundingMode.UNNECESSARY);
            } catch (IllegalScoreValue wrong) {
                file.problems().add(row, "value", item.code() + " " + item.name() + "：" + wrong.getMessage());
                continue;
            }
            Sheet sheet = sheets.computeIfAbsent(branch + "\u0000" + scorer, key -> new Sheet(branch, scorer,
                    observerIds.get(scorer), visit));
            if (sheet.values.putIfAbsent(item.code(), new Value(row.get("value"), points)) != null) {
                file.problems().add(row, "item_code", scorer + " 对支部 " + branch + " 的项目 " + item.code() + " 重复评分");
            }
        }
        Map<String, Long> branchIds = branchIds(sheets.values().stream().map(sheet -> sheet.branch).toList());
        for (Sheet sheet : sheets.values()) {
            // A typed-in sheet is a handed-in one: every item has its value.
            List<String> missing = standard.items().stream().map(Item::code)
                    .filter(code -> !sheet.values.containsKey(code)).toList();
            if (!missing.isEmpty()) {
                files.other(fileName).addFile(sheet.scorer + " 对支部 " + sheet.branch + " 的评分缺少项目 "
                        + String.join("、", missing));
            }
            boolean exists = jdbc.sql("select count(*) from score_sheet where campaign_id = :campaign"
                            + " and branch_id = :branch and observer_id = :observer")
                    .param("campaign", campaign.getId()).param("branch", branchIds.get(sheet.branch))
                    .param("observer", sheet.observerId).query(Long.class).single() > 0;
            if (exists) {
                files.other(fileName).addFile(sheet.scorer + " 对支部 " + sheet.branch + " 的评分表已经存在，不能重复录入");
            }
        }
        files.throwIfAny();
        Timestamp now = Timestamp.from(clock.instant());
        List<SqlParameterSource> sheetRows = new ArrayList<>();
        for (Sheet sheet : sheets.values()) {
            sheetRows.add(new MapSqlParameterSource().addValue("campaign", campaign.getId())
                    .addValue("branch", branchIds.get(sheet.branch)).addValue("unit", sheet.visit.unitCode())
                    .addValue("group", sheet.visit.group()).addValue("observer", sheet.observerId)
                    .addValue("notes", note).addValue("at", now));
        }
        batch.batchUpdate("""
                insert into score_sheet (campaign_id, branch_id, unit_code, group_number, observer_id, status, notes,
                                         created_at, submitted_at)
                values (:campaign, :branch, :unit, :group, :observer, 'SUBMITTED', :notes, :at, :at)""",
                sheetRows.toArray(SqlParameterSource[]::new));
        Map<String, Long> sheetIds = new HashMap<>();
        jdbc.sql("select s.id, b.code, s.observer_id from score_sheet s join party_organization b on b.id = s.branch_id"
                        + " where s.campaign_id = :campaign")
                .param("campaign", campaign.getId())
                .query(rs -> {
                    sheetIds.put(rs.getString("code") + "\u0000" + rs.getLong("observer_id"), rs.getLong("id"));
                });
        List<SqlParameterSource> values = new ArrayList<>();
        String reason = "录入评分：" + fileName;
        for (Sheet sheet : sheets.values()) {
            long id = sheetIds.get(sheet.branch + "\u0000" + sheet.observerId);
            sheet.values.forEach((item, value) -> values.add(new MapSqlParameterSource().addValue("sheet", id)
                    .addValue("item", item).addValue("value", value.value).addValue("points", value.points)
                    .addValue("reason", reason).addValue("by", by).addValue("at", now)
                    .addValue("key", UUID.randomUUID().toString().replace("-", ""))));
        }
        SqlParameterSource[] rows = values.toArray(SqlParameterSource[]::new);
        batch.batchUpdate("insert into sheet_value (sheet_id, item_code, value, points, version)"
                + " values (:sheet, :item, :value, :points, 1)", rows);
        batch.batchUpdate("""
                insert into score_ledger (sheet_id, item_code, old_value, new_value, new_points, version, reason,
                                          entered_by, entered_at, request_key)
                values (:sheet, :item, null, :value, :points, 1, :reason, :by, :at, :key)""", rows);
        audit.imported("ScoreSheet", "录入 " + year + " 年度评分表 " + sheets.size() + " 份、" + values.size()
                + " 项：" + fileName);
        return new Imported(sheets.size(), values.size());
    }

    private Map<String, Long> branchIds(List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        Set<String> wanted = new HashSet<>(codes);
        jdbc.sql("select id, code from party_organization where type = 'BRANCH'")
                .query(rs -> {
                    if (wanted.contains(rs.getString("code"))) {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    }
                });
        return ids;
    }

    private static final class Sheet {
        final String branch;
        final String scorer;
        final long observerId;
        final Visit visit;
        final Map<String, Value> values = new LinkedHashMap<>();

        Sheet(String branch, String scorer, long observerId, Visit visit) {
            this.branch = branch;
            this.scorer = scorer;
            this.observerId = observerId;
            this.visit = visit;
        }
    }

    private record Value(String value, BigDecimal points) {
    }
}
