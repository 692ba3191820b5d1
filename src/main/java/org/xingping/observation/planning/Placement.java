package org.xingping.observation.planning;

/**
 * Where the timeline put one stop: its day, the travel minutes that brought the group there, and
 * each slot's start minute.
 */
record Placement(Stop stop, int day, int travelBefore, int[] starts, boolean fixed) {

    int start() {
        return starts[0];
    }

    int end() {
        int last = starts.length - 1;
        return starts[last] + stop.slots().get(last).minutes();
    }
}
