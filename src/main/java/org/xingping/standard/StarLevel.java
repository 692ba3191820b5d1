package org.xingping.standard;

/**
 * 星级: a branch's star level, one to five stars, or zero for "not rated" (未评定). A standard
 * may define only some of the levels; this type only says how many stars, {@link Level} says
 * what a defined level asks for.
 */
public record StarLevel(int stars) implements Comparable<StarLevel> {

    public static final StarLevel NOT_RATED = new StarLevel(0);
    public static final int HIGHEST = 5;

    private static final StarLevel[] LEVELS = {NOT_RATED, new StarLevel(1), new StarLevel(2),
            new StarLevel(3), new StarLevel(4), new StarLevel(5)};

    public StarLevel {
        if (stars < 0 || stars > HIGHEST) {
            throw new IllegalArgumentException("a star level is 0 to 5, not " + stars);
        }
    }

    public static StarLevel of(int stars) {
        if (stars < 0 || stars > HIGHEST) {
            throw new IllegalArgumentException("a star level is 0 to 5, not " + stars);
        }
        return LEVELS[stars];
    }

    public boolean isRated() {
        return stars > 0;
    }

    public boolean isAbove(StarLevel other) {
        return stars > other.stars;
    }

    public boolean isBelow(StarLevel other) {
        return stars < other.stars;
    }

    public StarLevel lower(StarLevel other) {
        return isBelow(other) ? this : other;
    }

    /** This level plus {@code steps} stars, at most five. */
    public StarLevel plus(int steps) {
        return of(Math.min(HIGHEST, stars + steps));
    }

    @Override
    public int compareTo(StarLevel other) {
        return Integer.compare(stars, other.stars);
    }

    /** "5星", or "未评定" for zero stars. */
    @Override
    public String toString() {
        return isRated() ? stars + "星" : "未评定";
    }
}
