package org.xingping.observation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.CampaignFileReader;
import org.xingping.organization.OrganizationImport;
import org.xingping.platform.table.TableReader;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.tables.Tables;

/**
 * The reference campaign (2021: 105 units, 712 declared branches, 20 observers in five groups) as a
 * planning problem, read straight from the demo files the {@code plan} command reads.
 */
public final class ReferencePlanning {

    public static final Path DEMO = Paths.get("src/main/resources/demo");

    private ReferencePlanning() {
    }

    public static CampaignFile campaign() {
        try {
            return CampaignFileReader.read(Files.readAllBytes(DEMO.resolve("campaign-2021.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<UnitToVisit> units() {
        TableReader reader = new TableReader();
        Map<String, String> unitOfBranch = new HashMap<>();
        for (TableRow row : reader.readAll(DEMO.resolve("organizations.csv"), OrganizationImport.ORGANIZATIONS)) {
            unitOfBranch.put(row.get("code"), row.get("unit_code"));
        }
        Map<String, List<BranchToVisit>> branches = new LinkedHashMap<>();
        for (TableRow row : reader.readAll(DEMO.resolve("declarations-2021.csv"), Tables.DECLARATIONS)) {
            branches.computeIfAbsent(unitOfBranch.get(row.get("branch_code")), unit -> new ArrayList<>())
                    .add(new BranchToVisit(row.get("branch_code"), Integer.parseInt(row.get("target_level"))));
        }
        List<UnitToVisit> units = new ArrayList<>();
        for (TableRow row : reader.readAll(DEMO.resolve("units.csv"), OrganizationImport.UNITS)) {
            List<BranchToVisit> declared = branches.get(row.get("code"));
            if (declared != null) {
                units.add(new UnitToVisit(row.get("code"), row.get("name"), row.get("site"),
                        Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")), declared));
            }
        }
        return units;
    }

    public static List<Observer> observers() {
        List<Observer> observers = new ArrayList<>();
        for (TableRow row : new TableReader().readAll(DEMO.resolve("observers.csv"), ObserversTable.SCHEMA)) {
            observers.add(new Observer(row.get("name"), row.get("role"), row.get("home_unit_code"), row.get("may_lead").equals("是")));
        }
        return observers;
    }

    public static List<ObservationGroup> groups() {
        CampaignFile campaign = campaign();
        return GroupFormation.form(campaign.groups(), campaign.membersPerGroup(), observers()).groups();
    }

    public static PlanningProblem problem() {
        return PlanningProblem.of(campaign(), units(), groups());
    }
}
