package org.xingping.observation.planning;

/** One visit inside a stop: the unit's briefing ({@code branchCode} null) or one branch, and its minutes. */
record Slot(String branchCode, int minutes) {

    boolean isBriefing() {
        return branchCode == null;
    }
}
