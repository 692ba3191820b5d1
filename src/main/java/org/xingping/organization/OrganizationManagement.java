package org.xingping.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.AuditLog;
import org.xingping.platform.DataScope;
import org.xingping.platform.NotFound;
import org.xingping.platform.OutOfScope;

/**
 * The organisation registry: units and their party-organisation trees. Reads take the caller's
 * {@link DataScope} and never return anything outside it; changes keep the tree rules and are
 * audited with the record's state before and after.
 */
@Service
@Transactional
public class OrganizationManagement {

    private static final Map<String, String> UNIT_SORT = Map.of("code", "u.code", "name", "u.name",
            "category", "u.category", "site", "u.site");
    private static final Map<String, String> ORGANIZATION_SORT = Map.of("code", "o.code", "name", "o.name",
            "type", "o.type", "unit", "u.code", "secretary", "o.secretary", "members", "o.members");

    private final UnitRepository units;
    private final PartyOrganizationRepository organizations;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    OrganizationManagement(UnitRepository units, PartyOrganizationRepository organizations, JdbcClient jdbc,
            AuditLog audit) {
        this.units = units;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // --- units ------------------------------------------------------------------------------

    public Unit createUnit(UnitDetails details) {
        UnitDetails clean = normalise(details);
        refuseIfBroken(UnitRules.check(clean));
        if (units.findByCode(clean.code()).isPresent()) {
            throw new OrganizationRefused("rule.codeTaken", clean.code());
        }
        Unit unit = units.save(Unit.of(clean));
        audit.created("Unit", unit.getCode(), "新增单位 " + unit.getCode() + " " + unit.getName(), unit.details());
        return unit;
    }

    public Unit changeUnit(long id, UnitDetails details) {
        Unit unit = units.findById(id).orElseThrow(() -> new OrganizationRefused("unit.notFound", id));
        UnitDetails clean = normalise(details);
        refuseIfBroken(UnitRules.check(clean));
        units.findByCode(clean.code()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new OrganizationRefused("rule.codeTaken", clean.code());
        });
        UnitDetails before = unit.details();
        unit.change(clean);
        units.save(unit);
        audit.updated("Unit", unit.getCode(), "修改单位 " + unit.getCode(), before, unit.details());
        return unit;
    }

    /** A unit is deleted only while nothing hangs on it: no organisation and no account. */
    public void deleteUnit(long id) {
        Unit unit = units.findById(id).orElseThrow(() -> new OrganizationRefused("unit.notFound", id));
        if (organizations.existsByUnitId(id)) {
            throw new OrganizationRefused("unit.hasOrganizations", unit.getCode());
        }
        if (accountsBoundTo("unit_id", id) > 0) {
            throw new OrganizationRefused("unit.hasAccounts", unit.getCode());
        }
        units.delete(unit);
        audit.deleted("Unit", unit.getCode(), "删除单位 " + unit.getCode() + " " + unit.getName(), unit.details());
    }

    @Transactional(readOnly = true)
    public Unit unit(long id, DataScope scope) {
        Unit unit = units.findById(id).orElseThrow(() -> new OrganizationRefused("unit.notFound", id));
        if (!scope.includesUnit(unit.getId())) {
            throw new AccessDeniedException("unit " + id + " is outside the account's scope");
        }
        return unit;
    }

    /**
     * A unit asked for by its code: refused as unknown, or as outside the scope. Never left out
     * silently, since the caller asked for exactly this one.
     */
    @Transactional(readOnly = true)
    public Unit unitInScope(String code, DataScope scope) {
        Unit unit = units.findByCode(code).orElseThrow(() -> new NotFound("api.unit.notFound", code));
        if (!scope.includesUnit(unit.getId())) {
            throw new OutOfScope("api.unit.outOfScope", code);
        }
        return unit;
    }

    /** An organisation asked for by its code, refused as unknown or as outside the scope. */
    @Transactional(readOnly = true)
    public PartyOrganization organizationInScope(String code, DataScope scope) {
        PartyOrganization organization = organizations.findByCode(code)
                .orElseThrow(() -> new NotFound("api.organization.notFound", code));
        if (!scope.includesOrganization(organization.getUnitId(), organization.getId())) {
            throw new OutOfScope("api.organization.outOfScope", code);
        }
        return organization;
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unitByCode(String code) {
        return units.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Page<UnitRow> units(String text, String category, DataScope scope, Pageable pageable) {
        Where where = new Where();
        scopeUnits(where, scope);
        if (has(text)) {
            where.add("(lower(u.code) like :text or lower(u.name) like :text or lower(u.site) like :text)",
                    "text", like(text));
        }
        if (has(category)) {
            where.add("u.category = :category", "category", category.strip());
        }
        long total = where.bind(jdbc.sql("select count(*) from unit u" + where)).query(Long.class).single();
        List<UnitRow> rows = where.bind(jdbc.sql("""
                        select u.*,
                               (select count(*) from party_organization o where o.unit_id = u.id) as organizations,
                               (select count(*) from party_organization o where o.unit_id = u.id and o.type = 'BRANCH') as branches
                        from unit u""" + where + orderBy(pageable.getSort(), UNIT_SORT, "u.code")
                        + " limit :limit offset :offset"))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("category"), rs.getString("site"), Coordinates.plain(rs.getBigDecimal("latitude")),
                        Coordinates.plain(rs.getBigDecimal("longitude")), rs.getInt("organizations"), rs.getInt("branches")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every unit category in use, for the filter. */
    @Transactional(readOnly = true)
    public List<String> categories() {
        return jdbc.sql("select distinct category from unit order by category").query(String.class).list();
    }

    /** Every unit, by code. */
    @Transactional(readOnly = true)
    public List<Unit> allUnits() {
        return units.findAll(Sort.by("code"));
    }

    /** Every unit's name by its code, in code order: how pages that show codes name them. */
    @Transactional(readOnly = true)
    public Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        allUnits().forEach(unit -> names.put(unit.getCode(), unit.getName()));
        return names;
    }

    /** Streams the units a scope sees, by code, for an export. */
    @Transactional(readOnly = true)
    public void forEachUnit(DataScope scope, Consumer<Unit> sink) {
        units.findAll(Sort.by("code")).stream().filter(unit -> scope.includesUnit(unit.getId())).forEach(sink);
    }

    // --- organisations ----------------------------------------------------------------------

    public PartyOrganization createOrganization(OrganizationDetails details) {
        Placed placed = place(null, details);
        if (organizations.findByCode(placed.code()).isPresent()) {
            throw new OrganizationRefused("rule.codeTaken", placed.code());
        }
        PartyOrganization organization = organizations.save(PartyOrganization.of(placed.code(), placed.unitId(),
                placed.parentId(), details.type(), details.name().strip(), blankToNull(details.secretary()),
                details.members(), details.levels()));
        audit.created("PartyOrganization", organization.getCode(),
                "新增党组织 " + organization.getCode() + " " + organization.getName(), snapshot(organization));
        return organization;
    }

    public PartyOrganization changeOrganization(long id, OrganizationDetails details) {
        PartyOrganization organization = organizations.findById(id)
                .orElseThrow(() -> new OrganizationRefused("organization.notFound", id));
        Placed placed = place(organization, details);
        organizations.findByCode(placed.code()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new OrganizationRefused("rule.codeTaken", placed.code());
        });
        if (!details.type().mayHaveChildren() && organizations.existsByParentId(id)) {
            throw new OrganizationRefused("organization.branchWithChildren", organization.getCode());
        }
        if (!placed.unitId().equals(organization.getUnitId()) && organizations.existsByParentId(id)) {
            throw new OrganizationRefused("organization.moveWithChildren", organization.getCode());
        }
        Map<String, Object> before = snapshot(organization);
        organization.change(placed.code(), placed.unitId(), placed.parentId(), details.type(), details.name().strip(),
                blankToNull(details.secretary()), details.members(), details.levels());
        organizations.save(organization);
        audit.updated("PartyOrganization", organization.getCode(), "修改党组织 " + organization.getCode(), before,
                snapshot(organization));
        return organization;
    }

    /**
     * Records the level an organisation holds in a year, in place of any recorded before for that
     * year: how a later step (a designation, a veto event) makes a level the one that stands.
     *
     * @param why what recorded it, for the audit log ("命名", "一票否决事项 V1")
     */
    public PartyOrganization recordLevel(String code, OrganizationLevel level, String why) {
        PartyOrganization organization = organizations.findByCode(code)
                .orElseThrow(() -> new OrganizationRefused("organization.notFound", code));
        Map<String, Object> before = snapshot(organization);
        // In SQL rather than by saving the aggregate: an organisation imported in bulk carries version 0,
        // which Spring Data JDBC takes for a new one. The version still moves with the change.
        jdbc.sql("delete from organization_level where party_organization = :id and year = :year")
                .param("id", organization.getId()).param("year", level.year()).update();
        jdbc.sql("""
                        insert into organization_level (party_organization, year, stars, red_flag)
                        values (:id, :year, :stars, :redFlag)""")
                .param("id", organization.getId()).param("year", level.year()).param("stars", level.stars())
                .param("redFlag", level.redFlag()).update();
        jdbc.sql("update party_organization set version = version + 1 where id = :id")
                .param("id", organization.getId()).update();
        PartyOrganization after = organizations.findById(organization.getId()).orElseThrow();
        audit.updated("PartyOrganization", organization.getCode(), "记录党组织 " + organization.getCode() + " "
                + level.year() + " 年度星级：" + level.stars() + " 星（" + why + "）", before, snapshot(after));
        return after;
    }

    /** An organisation is deleted only while nothing hangs on it: no children, no history, no account. */
    public void deleteOrganization(long id) {
        PartyOrganization organization = organizations.findById(id)
                .orElseThrow(() -> new OrganizationRefused("organization.notFound", id));
        if (organizations.existsByParentId(id)) {
            throw new OrganizationRefused("organization.hasChildren", organization.getCode());
        }
        if (organization.hasHistory()) {
            throw new OrganizationRefused("organization.hasHistory", organization.getCode());
        }
        if (accountsBoundTo("organization_id", id) > 0) {
            throw new OrganizationRefused("organization.hasAccounts", organization.getCode());
        }
        Map<String, Object> before = snapshot(organization);
        organizations.delete(organization);
        audit.deleted("PartyOrganization", organization.getCode(),
                "删除党组织 " + organization.getCode() + " " + organization.getName(), before);
    }

    @Transactional(readOnly = true)
    public PartyOrganization organization(long id, DataScope scope) {
        PartyOrganization organization = organizations.findById(id)
                .orElseThrow(() -> new OrganizationRefused("organization.notFound", id));
        if (!scope.includesOrganization(organization.getUnitId(), organization.getId())) {
            throw new AccessDeniedException("organisation " + id + " is outside the account's scope");
        }
        return organization;
    }

    @Transactional(readOnly = true)
    public Optional<PartyOrganization> organizationByCode(String code) {
        return organizations.findByCode(code);
    }

    /**
     * A page of the organisation list. The page's ids are found first through the indexes, then
     * only those rows are joined with their unit, parent and latest level: a page of 100,000
     * organisations costs what a page of a hundred does.
     */
    @Transactional(readOnly = true)
    public Page<OrganizationRow> organizations(OrganizationQuery query, DataScope scope, Pageable pageable) {
        Where where = organizationFilter(query, scope);
        boolean joinsUnit = pageable.getSort().getOrderFor("unit") != null;
        String from = " from party_organization o" + (joinsUnit ? " join unit u on u.id = o.unit_id" : "");
        long total = where.bind(jdbc.sql("select count(*) from party_organization o" + where))
                .query(Long.class).single();
        List<Long> ids = where.bind(jdbc.sql("select o.id" + from + where
                        + orderBy(pageable.getSort(), ORGANIZATION_SORT, "o.code") + " limit :limit offset :offset"))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(Long.class).list();
        return new PageImpl<>(rows(ids), pageable, total);
    }

    /** Streams every organisation the query and scope match, by code, for an export. */
    @Transactional(readOnly = true)
    public void forEachOrganization(OrganizationQuery query, DataScope scope, Consumer<OrganizationExportRow> sink) {
        Where where = organizationFilter(query, scope);
        Map<Long, List<OrganizationLevel>> levels = new HashMap<>();
        jdbc.sql("select party_organization, year, stars, red_flag from organization_level").query(rs -> {
            levels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new OrganizationLevel(rs.getInt(2), rs.getInt(3), rs.getBoolean(4)));
        });
        try (var rows = where.bind(jdbc.sql("""
                select o.id, o.code, u.code as unit_code, p.code as parent_code, o.type, o.name, o.secretary, o.members
                from party_organization o join unit u on u.id = o.unit_id
                left join party_organization p on p.id = o.parent_id""" + where + " order by o.code"))
                .query((rs, n) -> new OrganizationExportRow(rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("parent_code"), OrganizationType.valueOf(rs.getString("type")),
                        rs.getString("name"), rs.getString("secretary"), (Integer) rs.getObject("members"),
                        levels.getOrDefault(rs.getLong("id"), List.of())))
                .stream()) {
            rows.forEach(sink);
        }
    }

    /** Every year for which some organisation has a level, newest first. */

    /** The stars each branch held in each recorded year, by branch code: a campaign's level histories in one read. */
    @Transactional(readOnly = true)
    public Map<String, Map<Integer, Integer>> levelsByBranch() {
        Map<String, Map<Integer, Integer>> levels = new HashMap<>();
        jdbc.sql("""
                        select o.code, l.year, l.stars
                        from organization_level l join party_organization o on o.id = l.party_organization""")
                .query(rs -> {
                    levels.computeIfAbsent(rs.getString(1), code -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3));
                });
        return levels;
    }

    /** How many branches (党支部) the given units have: the population a quota of all branches counts. */
    @Transactional(readOnly = true)
    public int countBranches(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from party_organization where type = :type and unit_id in (:units)")
                .param("type", OrganizationType.BRANCH.name()).param("units", unitIds).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public List<Integer> levelYears() {
        return jdbc.sql("select distinct year from organization_level order by year desc").query(Integer.class).list();
    }

    /** The units a scope sees, as the roots of the tree. */
    @Transactional(readOnly = true)
    public List<TreeNode> unitNodes(DataScope scope) {
        Where where = new Where();
        scopeUnits(where, scope);
        String children = scope.kind() == DataScope.Kind.ORGANIZATION ? "1"
                : "(select count(*) from party_organization o where o.unit_id = u.id and o.parent_id is null)";
        return where.bind(jdbc.sql("select u.id, u.code, u.name, " + children + " as children from unit u" + where
                        + " order by u.code"))
                .query((rs, n) -> new TreeNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"), null,
                        rs.getInt("children")))
                .list();
    }

    /** The organisations directly below a unit (parent null) or below an organisation, within the scope. */
    @Transactional(readOnly = true)
    public List<TreeNode> childNodes(long unitId, Long parentId, DataScope scope) {
        if (!scope.includesUnit(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the account's scope");
        }
        Where where = new Where();
        where.add("o.unit_id = :unit", "unit", unitId);
        if (scope.kind() == DataScope.Kind.ORGANIZATION) {
            // A branch account sees its own branch alone, shown directly under its unit.
            if (parentId != null) {
                return List.of();
            }
            where.add("o.id = :own", "own", scope.organizationId());
        } else if (parentId == null) {
            where.add("o.parent_id is null", null, null);
        } else {
            where.add("o.parent_id = :parent", "parent", parentId);
        }
        return where.bind(jdbc.sql("""
                        select o.id, o.code, o.name, o.type,
                               (select count(*) from party_organization c where c.parent_id = o.id) as children
                        from party_organization o""" + where + " order by o.code"))
                .query((rs, n) -> new TreeNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")),
                        scope.kind() == DataScope.Kind.ORGANIZATION ? 0 : rs.getInt("children")))
                .list();
    }

    // --- internals ----------------------------------------------------------------------------

    /** Where an organisation goes: its code, unit and parent resolved, the tree rules kept. */
    private record Placed(String code, Long unitId, Long parentId) {
    }

    private Placed place(PartyOrganization current, OrganizationDetails details) {
        String code = details.code() == null ? "" : details.code().strip();
        List<Refusal> refusals = new ArrayList<>();
        if (code.isEmpty()) {
            refusals.add(new Refusal("code", "rule.required"));
        } else if (!UnitRules.CODE.matcher(code).matches() || code.length() > 40) {
            refusals.add(new Refusal("code", "rule.code", code));
        }
        if (details.type() == null) {
            refusals.add(new Refusal("type", "rule.required"));
        }
        if (details.name() == null || details.name().isBlank()) {
            refusals.add(new Refusal("name", "rule.required"));
        }
        if (details.members() != null && details.members() < 0) {
            refusals.add(new Refusal("members", "rule.members", details.members()));
        }
        OrganizationRules.checkLevels(details.levels(), refusals);
        refuseIfBroken(refusals);
        Unit unit = units.findByCode(blankToEmpty(details.unitCode()))
                .orElseThrow(() -> new OrganizationRefused("rule.unitUnknown", blankToEmpty(details.unitCode())));
        String parentCode = blankToNull(details.parentCode());
        OrganizationTree tree = new OrganizationTree(this::storedNode);
        OrganizationTree.Node node = new OrganizationTree.Node(code, unit.getCode(), parentCode, details.type());
        // The node's own stored record must not answer for its new code (a renamed node's loop check).
        OrganizationTree moved = current == null ? tree : new OrganizationTree(wanted -> wanted.equals(code) ? node
                : wanted.equals(current.getCode()) ? null : storedNode(wanted));
        refuseIfBroken(moved.check(node));
        Long parentId = parentCode == null ? null : organizations.findByCode(parentCode).map(PartyOrganization::getId)
                .orElseThrow(() -> new OrganizationRefused("rule.parentUnknown", parentCode));
        return new Placed(code, unit.getId(), parentId);
    }

    private OrganizationTree.Node storedNode(String code) {
        return jdbc.sql("""
                        select o.code, u.code as unit_code, p.code as parent_code, o.type
                        from party_organization o join unit u on u.id = o.unit_id
                        left join party_organization p on p.id = o.parent_id where o.code = :code""")
                .param("code", code)
                .query((rs, n) -> new OrganizationTree.Node(rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("parent_code"), OrganizationType.valueOf(rs.getString("type"))))
                .optional().orElse(null);
    }

    private List<OrganizationRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganizationRow> byId = new HashMap<>();
        jdbc.sql("""
                        select o.id, o.code, o.name, o.type, o.unit_id, u.code as unit_code, u.name as unit_name,
                               p.code as parent_code, p.name as parent_name, o.secretary, o.members,
                               l.year as level_year, l.stars, l.red_flag,
                               (select count(*) from party_organization c where c.parent_id = o.id) as children
                        from party_organization o
                        join unit u on u.id = o.unit_id
                        left join party_organization p on p.id = o.parent_id
                        left join organization_level l on l.party_organization = o.id
                             and l.year = (select max(x.year) from organization_level x where x.party_organization = o.id)
                        where o.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new OrganizationRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getLong("unit_id"),
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("parent_code"),
                        rs.getString("parent_name"), rs.getString("secretary"), (Integer) rs.getObject("members"),
                        (Integer) rs.getObject("level_year"), (Integer) rs.getObject("stars"),
                        rs.getBoolean("red_flag"), rs.getInt("children")))
                .list().forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).toList();
    }

    private Where organizationFilter(OrganizationQuery query, DataScope scope) {
        Where where = new Where();
        switch (scope.kind()) {
            case ALL -> { }
            case UNIT -> where.add("o.unit_id = :scopeUnit", "scopeUnit", scope.unitId());
            case ORGANIZATION -> where.add("o.id = :scopeOrganization", "scopeOrganization", scope.organizationId());
            case NONE -> where.add("1 = 0", null, null);
        }
        if (has(query.text())) {
            // search_text is lower(code || ' ' || name || ' ' || secretary), kept by the database.
            // POSITION rather than LIKE '%…%': H2 matches a pattern character by character, which
            // over 100,000 organisations took four times as long as its search for a substring
            // (OrganizationListBenchmark); nor does the text need escaping.
            where.add("position(:text in o.search_text) > 0", "text", query.text().strip().toLowerCase(Locale.ROOT));
        }
        if (query.unit() != null) {
            where.add("o.unit_id = :unit", "unit", query.unit());
        }
        if (query.type() != null) {
            where.add("o.type = :type", "type", query.type().name());
        }
        if (query.under() != null) {
            where.add("o.id in (:under)", "under", subtree(query.under()));
        }
        if (query.year() != null && query.stars() != null) {
            where.add("exists (select 1 from organization_level l where l.party_organization = o.id"
                    + " and l.year = :year and l.stars = :stars)", "year", query.year());
            where.param("stars", query.stars());
        }
        return where;
    }

    /** The organisation and every organisation below it; trees are a few levels deep. */
    private List<Long> subtree(long root) {
        List<Long> all = new ArrayList<>(List.of(root));
        List<Long> level = List.of(root);
        while (!level.isEmpty()) {
            level = jdbc.sql("select id from party_organization where parent_id in (:ids)").param("ids", level)
                    .query(Long.class).list();
            all.addAll(level);
        }
        return all;
    }

    private static void scopeUnits(Where where, DataScope scope) {
        switch (scope.kind()) {
            case ALL -> { }
            case UNIT, ORGANIZATION -> where.add("u.id = :scopeUnit", "scopeUnit", scope.unitId());
            case NONE -> where.add("1 = 0", null, null);
        }
    }

    private long accountsBoundTo(String column, long id) {
        return jdbc.sql("select count(*) from user_account where " + column + " = :id").param("id", id)
                .query(Long.class).single();
    }

    private static String orderBy(Sort sort, Map<String, String> columns, String tieBreak) {
        List<String> terms = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = columns.get(order.getProperty());
            if (column != null) {
                terms.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        terms.add(tieBreak);
        return " order by " + String.join(", ", terms);
    }

    private static void refuseIfBroken(List<Refusal> refusals) {
        if (!refusals.isEmpty()) {
            throw refusals.get(0).toException();
        }
    }

    private static UnitDetails normalise(UnitDetails details) {
        return new UnitDetails(blankToEmpty(details.code()), blankToEmpty(details.name()),
                blankToEmpty(details.category()), blankToNull(details.site()), details.latitude(),
                details.longitude());
    }

    static Map<String, Object> snapshot(PartyOrganization organization) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", organization.getCode());
        state.put("unitId", organization.getUnitId());
        state.put("parentId", organization.getParentId());
        state.put("type", organization.getType().name());
        state.put("name", organization.getName());
        state.put("secretary", organization.getSecretary());
        state.put("members", organization.getMembers());
        state.put("levels", organization.levels());
        return state;
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** A where clause built from fixed fragments only; every value goes in as a parameter. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            if (name != null) {
                parameters.put(name, value);
            }
        }

        void param(String name, Object value) {
            parameters.put(name, value);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            parameters.forEach((name, value) -> spec.param(name, value instanceof Collection<?> c ? c : value));
            return spec;
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
