package org.xingping.observation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Forms a campaign's groups from its observers when nobody has formed them by hand, the same way
 * every time for the same table:
 * <ol>
 * <li>the first {@code groups} people who may lead, in the table's order, lead groups 1, 2, …;</li>
 * <li>everyone else who works in a unit is seated with the others of that unit, in as few groups
 * as the seats allow, each unit's people going to a group that already has someone of that unit
 * while it has a seat, otherwise to the group with the most free seats (then the one closed to
 * the fewest units, then the lowest number); units with more people go first. A group closes to
 * the units its members work in, so keeping colleagues together leaves every unit open to as many
 * groups as possible;</li>
 * <li>people from outside the units (the 工委's own staff) fill the remaining seats, most free
 * seats first;</li>
 * <li>a group holds at most {@code members_per_group} people, leader included; who finds no seat
 * is left out, and said so.</li>
 * </ol>
 */
public final class GroupFormation {

    /** The groups, and the people who found no seat. */
    public record Formed(List<ObservationGroup> groups, List<Observer> leftOut) {
    }

    private GroupFormation() {
    }

    /** "观摩组 5 个，可任组长的只有 4 人" when there are not enough leaders; empty otherwise. */
    public static Optional<String> obstacle(int groups, List<Observer> observers) {
        long leaders = observers.stream().filter(Observer::mayLead).count();
        if (leaders < groups) {
            return Optional.of("观摩组 " + groups + " 个，可任组长的只有 " + leaders + " 人");
        }
        return Optional.empty();
    }

    public static Formed form(int groups, int membersPerGroup, List<Observer> observers) {
        obstacle(groups, observers).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        List<Seating> seatings = new ArrayList<>();
        List<Observer> others = new ArrayList<>(observers);
        for (Observer observer : observers) {
            if (observer.mayLead() && seatings.size() < groups) {
                seatings.add(new Seating(seatings.size() + 1, observer, membersPerGroup));
                others.remove(observer);
            }
        }
        List<Observer> leftOut = new ArrayList<>();
        for (List<Observer> colleagues : byHomeUnit(others)) {
            for (Observer observer : colleagues) {
                Optional<Seating> seat = seatings.stream().filter(Seating::hasSeat)
                        .filter(seating -> observer.homeUnit().map(seating.units::contains).orElse(false))
                        .findFirst()
                        .or(() -> seatings.stream().filter(Seating::hasSeat).min(Seating.MOST_FREE_FIRST));
                seat.ifPresentOrElse(seating -> seating.add(observer), () -> leftOut.add(observer));
            }
        }
        return new Formed(seatings.stream().map(Seating::group).toList(), leftOut);
    }

    /** Colleagues of one unit together, larger units first, then the people from outside the units. */
    private static List<List<Observer>> byHomeUnit(List<Observer> observers) {
        Map<String, List<Observer>> byUnit = new LinkedHashMap<>();
        List<Observer> outside = new ArrayList<>();
        for (Observer observer : observers) {
            observer.homeUnit().ifPresentOrElse(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(observer),
                    () -> outside.add(observer));
        }
        List<List<Observer>> ordered = new ArrayList<>(byUnit.values());
        ordered.sort(Comparator.<List<Observer>>comparingInt(List::size).reversed());
        ordered.add(outside);
        return ordered;
    }

    /** A group being filled. */
    private static final class Seating {

        static final Comparator<Seating> MOST_FREE_FIRST = Comparator.comparingInt((Seating seating) -> -seating.free())
                .thenComparingInt(seating -> seating.units.size()).thenComparingInt(seating -> seating.number);

        final int number;
        final Observer leader;
        final int size;
        final List<Observer> members = new ArrayList<>();
        final Set<String> units = new HashSet<>();

        Seating(int number, Observer leader, int size) {
            this.number = number;
            this.leader = leader;
            this.size = size;
            leader.homeUnit().ifPresent(units::add);
        }

        int free() {
            return size - 1 - members.size();
        }

        boolean hasSeat() {
            return free() > 0;
        }

        void add(Observer observer) {
            members.add(observer);
            observer.homeUnit().ifPresent(units::add);
        }

        ObservationGroup group() {
            return new ObservationGroup(number, leader, members);
        }
    }
}
