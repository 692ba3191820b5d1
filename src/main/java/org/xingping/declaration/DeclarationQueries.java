package org.xingping.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.platform.DataScope;
import org.xingping.standard.DeclarationKind;

/** The lists and counts of declarations, as SQL: fixed fragments, every value a parameter. */
final class DeclarationQueries {

    private DeclarationQueries() {
    }

    static List<DeclarationRow> rows(JdbcClient jdbc, long campaignId, DeclarationFilter filter, DataScope scope) {
        List<String> where = new ArrayList<>(List.of("d.campaign_id = :campaign"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("campaign", campaignId);
        switch (scope.kind()) {
            case ALL -> { }
            case UNIT -> {
                where.add("d.unit_id = :scopeUnit");
                parameters.put("scopeUnit", scope.unitId());
            }
            case ORGANIZATION -> {
                where.add("d.branch_id = :scopeBranch");
                parameters.put("scopeBranch", scope.organizationId());
            }
            case NONE -> where.add("1 = 0");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(o.code) like :text or o.name like :text or u.name like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase() + "%");
        }
        if (filter.unit() != null) {
            where.add("d.unit_id = :unit");
            parameters.put("unit", filter.unit());
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.add("u.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.status() != null) {
            where.add("d.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.add("d.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.targetLevel() != null) {
            where.add("d.target_level = :target");
            parameters.put("target", filter.targetLevel());
        }
        var spec = jdbc.sql("""
                select d.id, o.code as branch_code, o.name as branch_name, u.id as unit_id, u.code as unit_code,
                       u.name as unit_name, u.category, d.kind, d.current_level, d.target_level, d.status, d.source,
                       d.self_score, d.submitted_at
                from declaration d
                join party_organization o on o.id = d.branch_id
                join unit u on u.id = d.unit_id""" + " where " + String.join(" and ", where) + " order by o.code");
        for (var parameter : parameters.entrySet()) {
            spec = spec.param(parameter.getKey(), parameter.getValue());
        }
        return spec.query((rs, n) -> new DeclarationRow(rs.getLong("id"), rs.getString("branch_code"),
                rs.getString("branch_name"), rs.getLong("unit_id"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getString("category"), DeclarationKind.valueOf(rs.getString("kind")),
                rs.getInt("current_level"), rs.getInt("target_level"),
                DeclarationStatus.valueOf(rs.getString("status")), DeclarationSource.valueOf(rs.getString("source")),
                rs.getBigDecimal("self_score"),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }
}
