package org.xingping.standard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Declared branches as the tests speak of them: {@code BranchFixtures.promotionToFiveStars(standard)},
 * or {@code BranchFixtures.branch("U001-B01").promoting(4, 5).scored(scores).flag("innovation").build()}.
 */
public final class BranchFixtures {

    private final String code;
    private DeclaredTarget declaration = DeclaredTarget.promote(StarLevel.of(4), StarLevel.of(5));
    private ObservedScores scores;
    private BigDecimal appraisal;
    private final Set<String> flags = new HashSet<>();
    private final Set<String> vetoes = new HashSet<>();
    private final Map<Integer, StarLevel> history = new HashMap<>();

    private BranchFixtures(String code) {
        this.code = code;
    }

    public static BranchFixtures branch(String code) {
        return new BranchFixtures(code);
    }

    /** A four-star branch applying for five, scoring full marks, with the innovation project five stars need. */
    public static BranchRecord promotionToFiveStars(RatingStandard standard) {
        return branch("U001-B01").promoting(4, 5).scored(Scores.allFull(standard)).flag("innovation").build();
    }

    /** A five-star branch applying to keep five stars. */
    public static BranchFixtures keepingFiveStars(String code) {
        return branch(code).keeping(5);
    }

    public BranchFixtures promoting(int current, int target) {
        declaration = DeclaredTarget.promote(StarLevel.of(current), StarLevel.of(target));
        return this;
    }

    public BranchFixtures keeping(int level) {
        declaration = DeclaredTarget.keep(StarLevel.of(level));
        return this;
    }

    public BranchFixtures firstApplicationFor(int target) {
        declaration = DeclaredTarget.first(StarLevel.of(target));
        return this;
    }

    public BranchFixtures scored(ObservedScores observed) {
        this.scores = observed;
        return this;
    }

    public BranchFixtures appraisal(String figure) {
        this.appraisal = new BigDecimal(figure);
        return this;
    }

    public BranchFixtures flag(String condition) {
        flags.add(condition);
        return this;
    }

    public BranchFixtures vetoed(String vetoCode) {
        vetoes.add(vetoCode);
        return this;
    }

    public BranchFixtures held(int year, int stars) {
        history.put(year, StarLevel.of(stars));
        return this;
    }

    public BranchRecord build() {
        if (scores == null) {
            throw new IllegalStateException("a branch needs its scores");
        }
        return new BranchRecord(code, declaration, scores, Optional.ofNullable(appraisal), flags, vetoes,
                new LevelHistory(history));
    }
}
