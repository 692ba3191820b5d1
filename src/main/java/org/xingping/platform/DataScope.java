package org.xingping.platform;

import java.util.Optional;

/**
 * What part of the organisation registry an account may see, decided on the server from the
 * account alone: the committee sees everything, a unit account only its unit, a branch account
 * only its branch, and an account without a registry role nothing.
 *
 * @param kind           how wide the scope is
 * @param unitId         the unit of a unit or branch scope
 * @param organizationId the organisation of a branch scope
 */
public record DataScope(Kind kind, Long unitId, Long organizationId) {

    public enum Kind { ALL, UNIT, ORGANIZATION, NONE }

    private static final DataScope ALL = new DataScope(Kind.ALL, null, null);
    private static final DataScope NONE = new DataScope(Kind.NONE, null, null);

    public static DataScope all() {
        return ALL;
    }

    public static DataScope none() {
        return NONE;
    }

    public static DataScope unit(long unitId) {
        return new DataScope(Kind.UNIT, unitId, null);
    }

    public static DataScope organization(long unitId, long organizationId) {
        return new DataScope(Kind.ORGANIZATION, unitId, organizationId);
    }

    public boolean seesEverything() {
        return kind == Kind.ALL;
    }

    public boolean seesNothing() {
        return kind == Kind.NONE;
    }

    /** Whether something of the given unit is inside this scope (for a branch scope: its unit's record). */
    public boolean includesUnit(long unit) {
        return switch (kind) {
            case ALL -> true;
            case UNIT, ORGANIZATION -> unitId == unit;
            case NONE -> false;
        };
    }

    /** Whether the given organisation of the given unit is inside this scope. */
    public boolean includesOrganization(long unit, long organization) {
        return switch (kind) {
            case ALL -> true;
            case UNIT -> unitId == unit;
            case ORGANIZATION -> organizationId == organization;
            case NONE -> false;
        };
    }

    /** The only unit this scope sees, if it is narrower than everything. */
    public Optional<Long> onlyUnit() {
        return Optional.ofNullable(unitId);
    }
}
