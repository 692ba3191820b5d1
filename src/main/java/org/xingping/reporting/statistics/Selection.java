package org.xingping.reporting.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.platform.DataScope;

/**
 * A statistics filter checked against the data and narrowed to the caller's scope: the campaign
 * of the year, the category and unit asked for, and what the caller may see. Every query of the
 * dashboards appends {@link #where()} over the aliases {@code u} (unit) and {@code b} (branch),
 * so a unit account's figures never count another unit's branches, whatever the page sent.
 *
 * @param year       the campaign year
 * @param campaignId its campaign
 * @param category   the unit category asked for, or null
 * @param unitId     the unit asked for (or the only one the caller sees), or null
 * @param unitCode   that unit's code, or null
 * @param scope      what the caller may see
 */
public record Selection(int year, long campaignId, String category, Long unitId, String unitCode, DataScope scope) {

    /** Whether the caller sees every unit: the committee's figures, rankings of units among units. */
    public boolean committee() {
        return scope.seesEverything();
    }

    /** Whether nothing narrows the figures: the counts kept for the years before the system apply. */
    boolean whole() {
        return committee() && category == null && unitId == null;
    }

    /** The conditions of the filter and the scope, each starting with {@code and}. */
    String where() {
        StringBuilder sql = new StringBuilder();
        switch (scope.kind()) {
            case UNIT -> sql.append(" and u.id = :scopeUnit");
            case ORGANIZATION -> sql.append(" and b.id = :scopeBranch");
            case NONE -> sql.append(" and 1 = 0");
            case ALL -> { }
        }
        if (category != null) {
            sql.append(" and u.category = :category");
        }
        if (unitId != null) {
            sql.append(" and u.id = :unitId");
        }
        return sql.toString();
    }

    /** The parameters of {@link #where()}, the campaign's and the year's. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("campaign", campaignId);
        parameters.put("year", year);
        if (scope.kind() == DataScope.Kind.UNIT) {
            parameters.put("scopeUnit", scope.unitId());
        }
        if (scope.kind() == DataScope.Kind.ORGANIZATION) {
            parameters.put("scopeBranch", scope.organizationId());
        }
        if (category != null) {
            parameters.put("category", category);
        }
        if (unitId != null) {
            parameters.put("unitId", unitId);
        }
        return parameters;
    }

    /** A statement with the filter's parameters and the extra ones given as name, value pairs. */
    JdbcClient.StatementSpec bind(JdbcClient jdbc, String sql, Object... extra) {
        Map<String, Object> parameters = parameters();
        for (int i = 0; i < extra.length; i += 2) {
            parameters.put((String) extra[i], extra[i + 1]);
        }
        return jdbc.sql(sql).params(parameters);
    }

    /** The query string that selects the same figures again, for the links behind them. */
    public String query() {
        List<String> parts = new ArrayList<>();
        parts.add("year=" + year);
        if (category != null) {
            parts.add("category=" + java.net.URLEncoder.encode(category, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (unitCode != null) {
            parts.add("unit=" + java.net.URLEncoder.encode(unitCode, java.nio.charset.StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
