package org.xingping.standard;

/**
 * How a quota was used: its population and cap, how many branches stood at its level when it was
 * applied ({@code candidates}), how many kept it ({@code kept}, ties included), how many of those
 * are {@code quota-tie} marks, and how many fell to a lower level. A guidance quota never drops
 * anyone; {@link #exceeded()} says it warns.
 */
public record QuotaUse(Quota quota, int population, int cap, int candidates, int kept, int ties, int fallen) {

    /** More branches at the level than the cap allows (a guidance quota's warning). */
    public boolean exceeded() {
        return candidates > cap;
    }
}
