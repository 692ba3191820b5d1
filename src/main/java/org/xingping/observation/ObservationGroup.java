package org.xingping.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An observation group (观摩组): numbered from 1, led by its leader (组长), with its other members.
 * A group sees its units together, so a recusal of any member binds the whole group.
 */
public record ObservationGroup(int number, Observer leader, List<Observer> members) {

    public ObservationGroup {
        if (number < 1) {
            throw new IllegalArgumentException("Groups are numbered from 1");
        }
        Objects.requireNonNull(leader, "leader");
        members = List.copyOf(members);
    }

    /** The leader first, then the members. */
    public List<Observer> everyone() {
        List<Observer> everyone = new ArrayList<>(members.size() + 1);
        everyone.add(leader);
        everyone.addAll(members);
        return everyone;
    }

    /** "第 3 组", as every message names a group. */
    public String label() {
        return label(number);
    }

    public static String label(int number) {
        return "第 " + number + " 组";
    }
}
