package org.xingping.platform;

import java.util.Set;

/**
 * The roles of domain.md ("People and what they may see"). Each account holds exactly one; what
 * it may see follows from the role and, for unit and branch accounts, from the account's scope.
 */
public enum Role {

    /** 系统管理员: users, roles, backups, the holiday calendar. */
    SYSTEM_ADMINISTRATOR,
    /** 工委管理员: everything of the campaign. */
    COMMITTEE_ADMINISTRATOR,
    /** 工委领导: everything; confirms decisions; often leads a group. */
    COMMITTEE_LEADER,
    /** 观摩组组长: leads an observation group. */
    GROUP_LEADER,
    /** 观摩员: observes and scores with a group. */
    OBSERVER,
    /** 单位党委: the organ party committee of one unit. */
    UNIT_COMMITTEE,
    /** 支部书记: the secretary of one branch. */
    BRANCH_SECRETARY;

    /** The roles that see every unit's data. */
    public static final Set<Role> COMMITTEE = Set.of(COMMITTEE_ADMINISTRATOR, COMMITTEE_LEADER);

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The message key of the role's name. */
    public String messageKey() {
        return "role." + name();
    }

    /** Whether an account of this role must be bound to a unit. */
    public boolean needsUnit() {
        return this == UNIT_COMMITTEE || this == BRANCH_SECRETARY;
    }

    /** Whether an account of this role must be bound to a party organisation. */
    public boolean needsOrganization() {
        return this == BRANCH_SECRETARY;
    }
}
