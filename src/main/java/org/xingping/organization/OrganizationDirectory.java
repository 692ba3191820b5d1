package org.xingping.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.ScopeDirectory;

/** The registry as the platform's account pages see it: units and organisations to choose from. */
@Component
@Transactional(readOnly = true)
class OrganizationDirectory implements ScopeDirectory {

    private final JdbcClient jdbc;

    OrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Choice> findUnits(String text, int limit) {
        return jdbc.sql("select id, id as unit_id, code, name from unit"
                        + " where lower(code) like :text or name like :text order by code limit :limit")
                .param("text", "%" + text.strip().toLowerCase() + "%").param("limit", limit)
                .query(OrganizationDirectory::choice).list();
    }

    @Override
    public List<Choice> findOrganizations(String text, int limit) {
        return jdbc.sql("select id, unit_id, code, name from party_organization"
                        + " where lower(code) like :text or name like :text order by code limit :limit")
                .param("text", "%" + text.strip().toLowerCase() + "%").param("limit", limit)
                .query(OrganizationDirectory::choice).list();
    }

    @Override
    public Optional<Choice> unit(long id) {
        return jdbc.sql("select id, id as unit_id, code, name from unit where id = :id").param("id", id)
                .query(OrganizationDirectory::choice).optional();
    }

    @Override
    public Optional<Choice> organization(long id) {
        return jdbc.sql("select id, unit_id, code, name from party_organization where id = :id").param("id", id)
                .query(OrganizationDirectory::choice).optional();
    }

    @Override
    public Optional<Choice> unitByCode(String code) {
        return jdbc.sql("select id, id as unit_id, code, name from unit where code = :code").param("code", code)
                .query(OrganizationDirectory::choice).optional();
    }

    @Override
    public Optional<Choice> organizationByCode(String code) {
        return jdbc.sql("select id, unit_id, code, name from party_organization where code = :code")
                .param("code", code).query(OrganizationDirectory::choice).optional();
    }

    private static Choice choice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Choice(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"));
    }
}
