package org.xingping.observation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.CampaignFileReader;
import org.xingping.campaign.CampaignFileRefused;
import org.xingping.observation.BranchToVisit;
import org.xingping.observation.GroupFormation;
import org.xingping.observation.Observer;
import org.xingping.observation.ObserversTable;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.UnitToVisit;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.OrganizationType;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.tables.Cells;
import org.xingping.standard.tables.DeclarationsTable;
import org.xingping.standard.tables.DeclarationsTable.Declared;
import org.xingping.standard.tables.TableFiles;
import org.xingping.standard.tables.TableFiles.TableFile;
import org.xingping.standard.tables.Tables;

/**
 * The files of one {@code plan} run, read and checked together so that one refusal names every
 * problem of every file: the campaign file by path, each table by line and column.
 */
final class PlanInput {

    private static final BigDecimal[] LATITUDE = {BigDecimal.valueOf(-90), BigDecimal.valueOf(90)};
    private static final BigDecimal[] LONGITUDE = {BigDecimal.valueOf(-180), BigDecimal.valueOf(180)};

    /** What was read: the problem to plan, and who found no seat in a group. */
    record Read(PlanningProblem problem, List<Observer> leftOut) {
    }

    private record Place(String name, String site, double latitude, double longitude) {
    }

    private PlanInput() {
    }

    /**
     * @throws TableRefused with every problem of every file (the campaign file's too)
     */
    static Read read(Path campaignFile, Path units, Path organizations, Path declarations, Path observers) {
        List<TableProblem> campaignProblems = new ArrayList<>();
        Optional<CampaignFile> campaign = campaign(campaignFile, campaignProblems);
        TableFiles tables = new TableFiles();
        TableFile unitsFile = tables.read(units, OrganizationImport.UNITS);
        TableFile organizationsFile = tables.read(organizations, OrganizationImport.ORGANIZATIONS);
        TableFile declarationsFile = tables.read(declarations, Tables.DECLARATIONS);
        TableFile observersFile = tables.read(observers, ObserversTable.SCHEMA);

        Map<String, Place> places = places(unitsFile);
        Map<String, String> unitOfBranch = branches(organizationsFile, places.keySet(), unitsFile.rows().isPresent());
        Map<String, Declared> declared = declarationsFile.rows().isPresent() ? DeclarationsTable.read(declarationsFile) : Map.of();
        checkDeclarations(declarationsFile, declared, unitOfBranch, organizationsFile.rows().isPresent(), campaign);
        // Without a readable units table, home units cannot be checked; its own problems say why.
        List<Observer> people = ObserversTable.read(observersFile.rows().orElse(List.of()),
                unitsFile.rows().isPresent() ? places::containsKey : unit -> true, observersFile.problems());
        campaign.flatMap(file -> GroupFormation.obstacle(file.groups(), people))
                .ifPresent(reason -> observersFile.problems().addFile(reason + "（活动文件 groups: " + campaign.get().groups() + "）"));

        List<TableProblem> all = new ArrayList<>(campaignProblems);
        all.addAll(tables.problems());
        if (!all.isEmpty()) {
            throw new TableRefused(all);
        }
        GroupFormation.Formed formed = GroupFormation.form(campaign.get().groups(), campaign.get().membersPerGroup(), people);
        List<UnitToVisit> toVisit = unitsToVisit(places, declared, unitOfBranch);
        return new Read(PlanningProblem.of(campaign.get(), toVisit, formed.groups()), formed.leftOut());
    }

    private static Optional<CampaignFile> campaign(Path file, List<TableProblem> problems) {
        String name = String.valueOf(file.getFileName());
        try {
            return Optional.of(CampaignFileReader.read(Files.readAllBytes(file)));
        } catch (CampaignFileRefused refused) {
            refused.problems().forEach(problem -> problems.add(new TableProblem(name, problem.line(),
                    problem.path().isEmpty() ? null : problem.path(), problem.reason())));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Units by code: a code once, and coordinates (the travel times depend on them). */
    private static Map<String, Place> places(TableFile file) {
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        TableProblems problems = file.problems();
        for (TableRow row : file.rows().orElse(List.of())) {
            Optional<String> code = Cells.required(row, "code", problems);
            Optional<BigDecimal> latitude = coordinate(row, "latitude", LATITUDE, problems);
            Optional<BigDecimal> longitude = coordinate(row, "longitude", LONGITUDE, problems);
            if (code.isEmpty()) {
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(code.get(), row.line());
            if (earlier != null) {
                problems.add(row, "code", "单位编码 " + code.get() + " 与第 " + earlier + " 行重复");
                continue;
            }
            if (latitude.isPresent() && longitude.isPresent()) {
                places.put(code.get(), new Place(row.get("name"), row.get("site"), latitude.get().doubleValue(),
                        longitude.get().doubleValue()));
            } else {
                places.put(code.get(), null);
            }
        }
        return places;
    }

    private static Optional<BigDecimal> coordinate(TableRow row, String column, BigDecimal[] range, TableProblems problems) {
        if (row.get(column).isEmpty()) {
            problems.add(row, column, "缺少坐标：路程按坐标计算，每个单位都要有经纬度");
            return Optional.empty();
        }
        return Cells.decimal(row, column, range[0], range[1], problems);
    }

    /** The unit of each branch (党支部) by branch code; a unit code must name a unit of the units table. */
    private static Map<String, String> branches(TableFile file, Set<String> unitCodes, boolean unitsReadable) {
        Map<String, String> unitOfBranch = new HashMap<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        TableProblems problems = file.problems();
        for (TableRow row : file.rows().orElse(List.of())) {
            Optional<String> code = Cells.required(row, "code", problems);
            Optional<String> unit = Cells.required(row, "unit_code", problems);
            Optional<OrganizationType> type = Cells.required(row, "type", problems).flatMap(label -> {
                Optional<OrganizationType> known = OrganizationType.fromLabel(label);
                if (known.isEmpty()) {
                    problems.add(row, "type", "类型应为 机关党委、党委、党总支 或 党支部，而不是“" + label + "”");
                }
                return known;
            });
            if (unit.isPresent() && unitsReadable && !unitCodes.contains(unit.get())) {
                problems.add(row, "unit_code", "单位表中没有单位 " + unit.get());
            }
            if (code.isEmpty()) {
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(code.get(), row.line());
            if (earlier != null) {
                problems.add(row, "code", "组织编码 " + code.get() + " 与第 " + earlier + " 行重复");
                continue;
            }
            if (unit.isPresent() && type.filter(OrganizationType.BRANCH::equals).isPresent()) {
                unitOfBranch.put(code.get(), unit.get());
            }
        }
        return unitOfBranch;
    }

    /** A declaration names a branch of the organisations table, applying for a level the campaign gives minutes for. */
    private static void checkDeclarations(TableFile file, Map<String, Declared> declared, Map<String, String> unitOfBranch,
                                          boolean organizationsReadable, Optional<CampaignFile> campaign) {
        Map<Integer, TableRow> rows = new HashMap<>();
        file.rows().orElse(List.of()).forEach(row -> rows.put(row.line(), row));
        declared.forEach((branch, declaration) -> {
            TableRow row = rows.get(declaration.line());
            if (organizationsReadable && !unitOfBranch.containsKey(branch)) {
                file.problems().add(row, "branch_code", "党组织表中没有党支部 " + branch);
            }
            if (declaration.target() != null && campaign.isPresent()) {
                int level = declaration.target().target().stars();
                if (campaign.get().visit().branchMinutes(level).isEmpty()) {
                    file.problems().add(row, "target_level", "活动文件的 visit.branch_minutes 没有 " + level + " 星支部的观摩分钟数");
                }
            }
        });
    }

    /** Units with declared branches, in the units table's order, their branches in the declarations' order. */
    private static List<UnitToVisit> unitsToVisit(Map<String, Place> places, Map<String, Declared> declared,
                                                  Map<String, String> unitOfBranch) {
        Map<String, List<BranchToVisit>> branchesByUnit = new LinkedHashMap<>();
        declared.forEach((branch, declaration) -> branchesByUnit
                .computeIfAbsent(unitOfBranch.get(branch), unit -> new ArrayList<>())
                .add(new BranchToVisit(branch, declaration.target().target().stars())));
        List<UnitToVisit> units = new ArrayList<>();
        places.forEach((code, place) -> {
            List<BranchToVisit> branches = branchesByUnit.get(code);
            if (branches != null) {
                units.add(new UnitToVisit(code, place.name(), place.site(), place.latitude(), place.longitude(), branches));
            }
        });
        return units;
    }
}
