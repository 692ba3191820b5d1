package org.xingping.standard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 评分标准 / 评分细则: a committee's yearly rating standard, as loaded from a file of format
 * {@code xingping-standard/1} by {@link StandardLoader}. Every score, level, quota and honour the
 * system computes follows from this and from what is recorded about each branch; nothing in the
 * code assumes any particular section, item, point or threshold.
 *
 * <p>A standard is immutable and, once loaded, valid: every name it uses refers to something it
 * defines. It is frozen once a campaign uses it; a change is a new {@code id}.
 */
public final class RatingStandard {

    /** The formula variable recorded per branch: "a 0–100 figure … such as a satisfaction rate". */
    public static final String APPRAISAL = "appraisal";
    /** The variable conditions and vetoes may compare: the rounded total. */
    public static final String TOTAL = "total";

    private final Identity identity;
    private final Rounding rounding;
    private final Map<String, Condition> conditions;
    private final List<Section> sections;
    private final Optional<Formula> formula;
    private final Consolidation consolidation;
    private final List<Level> levels;
    private final List<Veto> vetoes;
    private final Optional<Promotion> promotion;
    private final List<Quota> quotas;
    private final List<Honour> honours;
    private final Notice notice;

    private final List<Item> items;
    private final Map<String, Integer> itemIndex;
    private final Level[] levelByStars = new Level[StarLevel.HIGHEST + 1];

    /** Who issued the standard and for which year: {@code id}, {@code name}, {@code issuer}, {@code year}. */
    public record Identity(String id, String name, String issuer, int year) {
    }

    /** Everything a standard file says, as the loader read it; see the accessors for each part. */
    public RatingStandard(Identity identity, Rounding rounding, Map<String, Condition> conditions,
                          List<Section> sections, Optional<Formula> formula, Consolidation consolidation,
                          List<Level> levels, List<Veto> vetoes, Optional<Promotion> promotion,
                          List<Quota> quotas, List<Honour> honours, Notice notice) {
        this.identity = identity;
        this.rounding = rounding;
        this.conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        this.sections = List.copyOf(sections);
        this.formula = formula;
        this.consolidation = consolidation;
        this.levels = List.copyOf(levels);
        this.vetoes = List.copyOf(vetoes);
        this.promotion = promotion;
        this.quotas = List.copyOf(quotas);
        this.honours = List.copyOf(honours);
        this.notice = notice;

        List<Item> allItems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Section section : this.sections) {
            for (Item item : section.items()) {
                index.put(item.code(), allItems.size());
                allItems.add(item);
            }
        }
        this.items = List.copyOf(allItems);
        this.itemIndex = Map.copyOf(index);
        for (Level level : this.levels) {
            levelByStars[level.stars().stars()] = level;
        }
    }

    public Identity identity() {
        return identity;
    }

    public String id() {
        return identity.id();
    }

    public String name() {
        return identity.name();
    }

    public String issuer() {
        return identity.issuer();
    }

    public int year() {
        return identity.year();
    }

    public Rounding rounding() {
        return rounding;
    }

    /** The named conditions, in the file's order, by code. */
    public Map<String, Condition> conditions() {
        return conditions;
    }

    public Optional<Condition> condition(String code) {
        return Optional.ofNullable(conditions.get(code));
    }

    /** The indicator tree, in the file's order. */
    public List<Section> sections() {
        return sections;
    }

    /** Every item of every section, in the file's order. */
    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String code) {
        Integer index = itemIndex.get(code);
        return index == null ? Optional.empty() : Optional.of(items.get(index));
    }

    /** The item's position in {@link #items()}, or -1 when the standard has no such item. */
    public int indexOf(String itemCode) {
        return itemIndex.getOrDefault(itemCode, -1);
    }

    /** How the total is made from the parts; empty means {@code base + bonus − deduction}. */
    public Optional<Formula> formula() {
        return formula;
    }

    /** {@code observation.consolidate}. */
    public Consolidation consolidation() {
        return consolidation;
    }

    /** The defined levels, in the file's order. */
    public List<Level> levels() {
        return levels;
    }

    /** The defined levels, most stars first. */
    public List<Level> levelsHighestFirst() {
        List<Level> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.comparing(Level::stars).reversed());
        return sorted;
    }

    public Optional<Level> level(StarLevel stars) {
        return Optional.ofNullable(levelByStars[stars.stars()]);
    }

    /**
     * "Wherever a step caps the level at n, the branch gets the highest <em>defined</em> level ≤ n,
     * or no level (0, not rated) if there is none."
     */
    public StarLevel highestDefinedAtMost(StarLevel cap) {
        for (int stars = cap.stars(); stars > 0; stars--) {
            if (levelByStars[stars] != null) {
                return StarLevel.of(stars);
            }
        }
        return StarLevel.NOT_RATED;
    }

    public List<Veto> vetoes() {
        return vetoes;
    }

    public Optional<Promotion> promotion() {
        return promotion;
    }

    public List<Quota> quotas() {
        return quotas;
    }

    public List<Honour> honours() {
        return honours;
    }

    public Notice notice() {
        return notice;
    }

    /**
     * Whether the formula, a condition or a veto uses {@code appraisal}: then "every evaluated
     * branch must have its appraisal figure recorded; a branch without it is an input error, never
     * a zero".
     */
    public boolean usesAppraisal() {
        boolean inFormula = formula.map(f -> f.names().contains(APPRAISAL)).orElse(false);
        boolean inCondition = conditions.values().stream()
                .anyMatch(c -> c instanceof Condition.Expr expr && expr.expr().names().contains(APPRAISAL));
        boolean inVeto = vetoes.stream()
                .anyMatch(v -> v.when().map(w -> w.names().contains(APPRAISAL)).orElse(false));
        return inFormula || inCondition || inVeto;
    }

    /** Whether any formula, condition or veto reads a variable, so the engine must provide them. */
    public boolean usesExpressions() {
        return formula.isPresent()
                || conditions.values().stream().anyMatch(Condition.Expr.class::isInstance)
                || vetoes.stream().anyMatch(v -> v.when().isPresent());
    }

    @Override
    public String toString() {
        return identity.id() + " " + identity.name();
    }
}
