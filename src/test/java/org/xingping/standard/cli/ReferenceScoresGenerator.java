package org.xingping.standard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableReader;
import org.xingping.platform.table.TableRow;
import org.xingping.platform.table.TableSchema;
import org.xingping.standard.Item;
import org.xingping.standard.ItemRule;
import org.xingping.standard.Part;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Section;
import org.xingping.standard.StandardLoader;
import org.xingping.standard.tables.Tables;

/**
 * Writes a scores file for the reference declarations: every declared branch scored on every item
 * of the reference standard by the four members of one observation group (5 groups of 4 from the
 * reference observers, a unit's branches all seen by one group), about 65,000 rows. Deterministic:
 * the same seed gives the same file.
 *
 * <p>Values are plausible: a branch's self score sets how often an observer finds a shortfall, so
 * most items are at full marks, some lose a point or two, grades are the standard's own labels,
 * bonus items count a few occurrences, and observers of one branch mostly agree.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.xingping.standard.cli.ReferenceScoresGenerator scores.csv [seed]</pre>
 */
public final class ReferenceScoresGenerator {

    public static final long DEFAULT_SEED = 2021_11_23L;
    private static final int GROUPS = 5;
    private static final int OBSERVERS_PER_GROUP = 4;

    private final RatingStandard standard;
    private final List<TableRow> declarations;
    private final List<String> observers;
    private final Random random;

    public ReferenceScoresGenerator(long seed) {
        this.standard = new StandardLoader().load(resource("/demo/standard-2021.yaml"));
        this.declarations = table("/demo/declarations-2021.csv", Tables.DECLARATIONS);
        this.observers = table("/demo/observers.csv", TableSchema.of("observers", "观摩人员",
                Column.required("name", "姓名"), Column.optional("role", "职务"),
                Column.optional("home_unit_code", "所在单位编码"), Column.optional("may_lead", "可任组长")))
                .stream().map(row -> row.get("name")).toList();
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ReferenceScoresGenerator OUT.csv [SEED]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Path out = Path.of(args[0]);
        int rows = new ReferenceScoresGenerator(seed).write(out);
        System.out.println("wrote " + rows + " score rows to " + out + " (seed " + seed + ")");
    }

    /** Writes the scores file; answers the number of data rows. */
    public int write(Path out) throws IOException {
        int rows = 0;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("branch_code,scorer,item_code,value\n");
            for (TableRow declaration : declarations) {
                rows += writeBranch(writer, declaration);
            }
        }
        return rows;
    }

    /** Every item of one branch, by each observer of its group; answers the rows written. */
    private int writeBranch(Writer writer, TableRow declaration) throws IOException {
        String branch = declaration.get("branch_code");
        int shortfallPercent = shortfallPercent(declaration.get("self_score"));
        List<String> group = groupOf(branch);
        int rows = 0;
        for (Section section : standard.sections()) {
            boolean bonus = section.part() == Part.BONUS;
            for (Item item : section.items()) {
                String agreed = bonus ? bonusValue(item) : value(item, shortfallPercent);
                for (String observer : group) {
                    // Observers of one branch mostly agree; one in five sees it a little differently.
                    boolean differs = random.nextInt(5) == 0;
                    String value = !differs ? agreed : bonus ? bonusValue(item) : value(item, shortfallPercent);
                    writer.write(branch + "," + observer + "," + item.code() + "," + value + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    /** A branch that scores itself 98 is found short on about 4 % of items, one at 86 on about 28 %. */
    private static int shortfallPercent(String selfScore) {
        BigDecimal self = selfScore.isEmpty() ? BigDecimal.valueOf(90) : new BigDecimal(selfScore);
        return Math.max(2, BigDecimal.valueOf(100).subtract(self).multiply(BigDecimal.valueOf(2)).intValue());
    }

    /** The four observers of the group that visits the branch's unit. */
    private List<String> groupOf(String branch) {
        String unit = branch.substring(0, branch.indexOf('-'));
        int group = Math.floorMod(unit.hashCode(), GROUPS);
        return observers.subList(group * OBSERVERS_PER_GROUP, (group + 1) * OBSERVERS_PER_GROUP);
    }

    private String value(Item item, int shortfallPercent) {
        boolean shortfall = random.nextInt(100) < shortfallPercent;
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points points) {
            BigDecimal lost = shortfall ? points.step().multiply(BigDecimal.valueOf(1 + random.nextInt(2))) : BigDecimal.ZERO;
            return item.max().subtract(lost).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString();
        }
        if (rule instanceof ItemRule.Deduct) {
            return String.valueOf(shortfall ? 1 + random.nextInt(2) : 0);
        }
        if (rule instanceof ItemRule.Count) {
            return String.valueOf(shortfall ? 0 : 1);
        }
        if (rule instanceof ItemRule.Grade grade) {
            List<String> labels = new ArrayList<>(grade.grades().entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).map(Map.Entry::getKey).toList());
            int drop = shortfall ? (random.nextInt(6) == 0 ? 2 : 1) : 0;
            return labels.get(Math.min(drop, labels.size() - 1));
        }
        // check: a shortfall of a check item is rarer, it loses the whole item.
        return shortfall && random.nextInt(3) == 0 ? "否" : "是";
    }

    /** Bonus points are the exception: most branches have no commendation, few have two. */
    private String bonusValue(Item item) {
        int roll = random.nextInt(100);
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Check) {
            return roll < 12 ? "是" : "否";
        }
        if (rule instanceof ItemRule.Points points) {
            return roll < 70 ? "0" : points.step().toPlainString();
        }
        if (rule instanceof ItemRule.Deduct) {
            return "0";
        }
        return String.valueOf(roll < 65 ? 0 : roll < 90 ? 1 : roll < 98 ? 2 : 3);
    }

    private static String resource(String name) {
        try (InputStream in = ReferenceScoresGenerator.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TableRow> table(String name, TableSchema schema) {
        try (InputStream in = ReferenceScoresGenerator.class.getResourceAsStream(name)) {
            return new TableReader().readAll(name, in, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
