package org.xingping.standard.tables;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.DeclaredTarget;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;

/** The declarations table (申报): one row per branch that applies in the campaign year. */
public final class DeclarationsTable {

    /** A declared branch: where its row is, what it applied for, and the conditions it claims. */
    public record Declared(int line, DeclaredTarget target, Set<String> claims) {
    }

    private DeclarationsTable() {
    }

    /** Declared branches by code, in the file's order; claims are checked against the standard's conditions. */
    public static Map<String, Declared> read(TableFiles.TableFile file, RatingStandard standard) {
        return read(file, Optional.of(standard));
    }

    /**
     * Declared branches by code, in the file's order, for a reader that has no standard (such as
     * {@code plan}): claims are kept as written.
     */
    public static Map<String, Declared> read(TableFiles.TableFile file) {
        return read(file, Optional.empty());
    }

    private static Map<String, Declared> read(TableFiles.TableFile file, Optional<RatingStandard> standard) {
        Map<String, Declared> declared = new LinkedHashMap<>();
        TableProblems problems = file.problems();
        for (TableRow row : file.rows().orElseThrow()) {
            Optional<String> branch = Cells.required(row, "branch_code", problems);
            Optional<DeclaredTarget> target = target(row, problems);
            Set<String> claims = claims(row, standard, problems);
            if (branch.isEmpty()) {
                continue;
            }
            Declared earlier = declared.get(branch.get());
            if (earlier != null) {
                problems.add(row, "branch_code", "支部 " + branch.get() + " 重复申报（第 " + earlier.line() + " 行已有）");
                continue;
            }
            // A row refused for its levels still declares the branch, so its scores are not also called unknown.
            declared.put(branch.get(), new Declared(row.line(), target.orElse(null), claims));
        }
        return declared;
    }

    private static Optional<DeclaredTarget> target(TableRow row, TableProblems problems) {
        Optional<DeclarationKind> kind = Cells.required(row, "kind", problems).flatMap(label -> {
            Optional<DeclarationKind> known = DeclarationKind.ofLabel(label);
            if (known.isEmpty()) {
                problems.add(row, "kind", "类型应为 保持、晋升 或 首次，而不是“" + label + "”");
            }
            return known;
        });
        Optional<Integer> current = row.get("current_level").isEmpty()
                ? Optional.of(0)
                : Cells.integer(row, "current_level", 0, StarLevel.HIGHEST, problems);
        Optional<Integer> target = Cells.required(row, "target_level", problems)
                .flatMap(value -> Cells.integer(row, "target_level", 1, StarLevel.HIGHEST, problems));
        if (kind.isEmpty() || current.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        String inconsistency = switch (kind.get()) {
            case KEEP -> current.get() == 0 || !current.get().equals(target.get())
                    ? "保持 的申报星级应等于现星级（现星级 " + current.get() + "）" : null;
            case PROMOTE -> target.get() <= current.get()
                    ? "晋升 的申报星级应高于现星级（现星级 " + current.get() + "）" : null;
            case FIRST -> current.get() != 0 ? "首次 申报的支部不应有现星级" : null;
        };
        if (inconsistency != null) {
            problems.add(row, kind.get() == DeclarationKind.FIRST ? "current_level" : "target_level", inconsistency);
            return Optional.empty();
        }
        return Optional.of(new DeclaredTarget(kind.get(), StarLevel.of(current.get()), StarLevel.of(target.get())));
    }

    /** "the condition names of the standard that the branch claims, ;-separated". */
    private static Set<String> claims(TableRow row, Optional<RatingStandard> standard, TableProblems problems) {
        Set<String> claims = new LinkedHashSet<>();
        for (String claim : row.get("claims").split("[;；]")) {
            String name = claim.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (standard.isPresent() && standard.get().condition(name).isEmpty()) {
                problems.add(row, "claims", "评分标准中没有条件“" + name + "”（可申报：" + String.join("、", standard.get().conditions().keySet()) + "）");
            } else {
                claims.add(name);
            }
        }
        return claims;
    }
}
