package org.xingping.standard;

/** What an applying veto does to the level: caps it at some stars, or leaves the branch unrated. */
public sealed interface VetoEffect {

    /** The stars the level is capped at; zero for "not rated". */
    StarLevel cap();

    /** {@code effect: {maxStars: n}}: "caps the level at n". */
    record MaxStars(StarLevel cap) implements VetoEffect {
    }

    /** {@code effect: notRated}: "leaves the branch unrated this year". */
    record NotRated() implements VetoEffect {
        @Override
        public StarLevel cap() {
            return StarLevel.NOT_RATED;
        }
    }
}
