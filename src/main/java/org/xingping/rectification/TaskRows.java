package org.xingping.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.xingping.campaign.CampaignManagement;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.library.RatingStandardManagement;

/** Reads tasks from their table with their unit, branch and item names; the tasks and the ledger share it. */
@Component
class TaskRows {

    static final String SELECT = """
            select t.*, c.year, u.code as unit_code, u.name as unit_name, b.code as branch_code,
                   b.name as branch_name
            from rectification_task t join campaign c on c.id = t.campaign_id
                 join unit u on u.id = t.unit_id
                 left join party_organization b on b.id = t.branch_id
            """;

    private final CampaignManagement campaigns;
    private final RatingStandardManagement standards;
    // A campaign's standard never changes once it is opened; item names are read once per year.
    private final Map<Integer, Map<String, String>> itemNames = new ConcurrentHashMap<>();

    TaskRows(CampaignManagement campaigns, RatingStandardManagement standards) {
        this.campaigns = campaigns;
        this.standards = standards;
    }

    String itemName(int year, String itemCode) {
        if (itemCode == null) {
            return null;
        }
        return itemNames.computeIfAbsent(year, this::names).getOrDefault(itemCode, itemCode);
    }

    private Map<String, String> names(int year) {
        Map<String, String> names = new ConcurrentHashMap<>();
        campaigns.find(year).ifPresent(campaign -> {
            RatingStandard standard = standards.standard(campaign.getStandardId());
            for (Item item : standard.items()) {
                names.put(item.code(), item.name());
            }
        });
        return names;
    }

    RectificationTask read(ResultSet rs) throws SQLException {
        int year = rs.getInt("year");
        String item = rs.getString("item_code");
        return new RectificationTask(rs.getLong("id"), year, rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), (Long) rs.getObject("branch_id", Long.class), rs.getString("branch_code"),
                rs.getString("branch_name"), RectificationTask.Source.valueOf(rs.getString("source")), item,
                itemName(year, item), RectificationTask.Severity.valueOf(rs.getString("severity")),
                rs.getString("text"), rs.getString("found_by"),
                RectificationTask.Status.valueOf(rs.getString("status")), instant(rs, "created_at"),
                rs.getDate("created_on").toLocalDate(), rs.getDate("deadline").toLocalDate(), rs.getString("answer"),
                rs.getString("outcome"), rs.getString("answered_by"), instant(rs, "answered_at"),
                rs.getString("verified_by"), instant(rs, "verified_at"), rs.getInt("reopen_count"),
                instant(rs, "reminded_at"), instant(rs, "escalated_at"),
                (Integer) rs.getObject("recurring_year", Integer.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
