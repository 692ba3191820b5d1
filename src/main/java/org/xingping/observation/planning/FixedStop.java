package org.xingping.observation.planning;

/**
 * A unit block a person fixed by hand at a day and time of a group: not a planning value at all,
 * but a fixed appointment of the group's timeline, which lays the group's other stops around it.
 *
 * @param starts each slot's start, laid out from the fixed time when the problem was built
 */
record FixedStop(Stop stop, int day, int[] starts) {

    int start() {
        return starts[0];
    }

    int end() {
        return starts[starts.length - 1] + stop.slots().get(starts.length - 1).minutes();
    }
}
