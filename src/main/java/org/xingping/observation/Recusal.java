package org.xingping.observation;

import java.util.Objects;
import java.util.Optional;

/**
 * A recusal (回避): an observer may not observe a unit, or one branch of it. Recusals from the
 * unit a person works in follow from the observers table when the campaign's rules say so
 * ({@link #homeUnit}); others (a relative, a former post) are recorded by hand.
 *
 * @param branchCode {@code null} when the whole unit is concerned
 */
public record Recusal(String observerName, String unitCode, String branchCode, String reason) {

    public Recusal {
        Objects.requireNonNull(observerName, "observerName");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(reason, "reason");
    }

    public static Recusal ofUnit(String observerName, String unitCode, String reason) {
        return new Recusal(observerName, unitCode, null, reason);
    }

    public static Recusal ofBranch(String observerName, String unitCode, String branchCode, String reason) {
        return new Recusal(observerName, unitCode, Objects.requireNonNull(branchCode, "branchCode"), reason);
    }

    /** Nobody observes the unit they work in. */
    public static Recusal homeUnit(Observer observer) {
        return ofUnit(observer.name(), observer.homeUnit().orElseThrow(), "本单位");
    }

    public Optional<String> branch() {
        return Optional.ofNullable(branchCode);
    }

    /** Whether this recusal keeps its observer from a visit of {@code unit} (and, for a branch visit, {@code branch}). */
    public boolean covers(String unit, String branch) {
        return unitCode.equals(unit) && (branchCode == null || branchCode.equals(branch));
    }
}
