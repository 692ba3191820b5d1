package org.xingping.decision.designation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the designation document says, already in the order it says it: the levels highest first,
 * then the honours, each with its branches grouped by unit.
 *
 * @param issuer       the issuing body, the standard's {@code issuer}
 * @param standardName the standard the levels were rated on, cited in the body
 * @param levels       one list per defined level that named at least one branch, highest first
 * @param honours      one list per honour named, in the standard's order
 */
public record NamingNotice(String issuer, int year, String standardName, LocalDate date, List<Listing> levels,
                           List<Listing> honours) {

    public NamingNotice {
        levels = List.copyOf(levels);
        honours = List.copyOf(honours);
    }

    /** A level or an honour with its branches, unit by unit. */
    public record Listing(String name, List<UnitBranches> units) {

        public Listing {
            units = List.copyOf(units);
        }

        public int count() {
            return units.stream().mapToInt(unit -> unit.branchNames().size()).sum();
        }
    }

    public record UnitBranches(String unitName, List<String> branchNames) {

        public UnitBranches {
            branchNames = List.copyOf(branchNames);
        }
    }
}
