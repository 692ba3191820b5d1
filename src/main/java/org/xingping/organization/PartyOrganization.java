package org.xingping.organization;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A party organisation (党组织) of a unit: its organ party committee, a committee, a general branch
 * or a branch, placed in the unit's tree by its parent. A branch (党支部) is what the yearly
 * rating rates; its levels record the stars it held in each year.
 */
public class PartyOrganization {

    @Id
    private Long id;
    private String code;
    private Long unitId;
    private Long parentId;
    private OrganizationType type;
    private String name;
    private String secretary;
    private Integer members;
    /** Stored in organization_level, whose back-reference column is named after this table. */
    private Set<OrganizationLevel> levels;
    @Version
    private int version;

    @PersistenceCreator
    PartyOrganization(Long id, String code, Long unitId, Long parentId, OrganizationType type, String name,
            String secretary, Integer members, Set<OrganizationLevel> levels, int version) {
        this.id = id;
        this.code = code;
        this.unitId = unitId;
        this.parentId = parentId;
        this.type = type;
        this.name = name;
        this.secretary = secretary;
        this.members = members;
        this.levels = levels == null ? new HashSet<>() : new HashSet<>(levels);
        this.version = version;
    }

    static PartyOrganization of(String code, long unitId, Long parentId, OrganizationType type, String name,
            String secretary, Integer members, List<OrganizationLevel> levels) {
        PartyOrganization organization = new PartyOrganization(null, code, unitId, parentId, type, name, secretary,
                members, Set.of(), 0);
        organization.replaceLevels(levels);
        return organization;
    }

    void change(String newCode, long newUnitId, Long newParentId, OrganizationType newType, String newName,
            String newSecretary, Integer newMembers, List<OrganizationLevel> newLevels) {
        code = newCode;
        unitId = newUnitId;
        parentId = newParentId;
        type = newType;
        name = newName;
        secretary = newSecretary;
        members = newMembers;
        replaceLevels(newLevels);
    }

    private void replaceLevels(List<OrganizationLevel> newLevels) {
        levels = new HashSet<>(newLevels);
    }

    /** The levels by year, oldest first. */
    public List<OrganizationLevel> levels() {
        return levels.stream().sorted(Comparator.comparingInt(OrganizationLevel::year)).toList();
    }

    public Optional<OrganizationLevel> levelIn(int year) {
        return levels().stream().filter(level -> level.year() == year).findFirst();
    }

    public boolean hasHistory() {
        return !levels.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public OrganizationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getSecretary() {
        return secretary;
    }

    public Integer getMembers() {
        return members;
    }

    public int getVersion() {
        return version;
    }
}
