package org.xingping.observation.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.xingping.campaign.CampaignFile;
import org.xingping.observation.BranchToVisit;
import org.xingping.observation.GroupFormation;
import org.xingping.observation.Observer;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.ReferencePlanning;
import org.xingping.observation.UnitToVisit;

/**
 * A campaign ten times the reference, as a province's organs or a large city would have: ten
 * copies of the reference city laid side by side about 17 km apart (1,050 units, 7,120 branches,
 * the reference's shared sites in each copy), 50 groups, five days. The 50 leaders come from the
 * committee; 150 observers work in units drawn at random (fixed seed), so recusal is real.
 */
final class TenfoldCampaign {

    static final int COPIES = 10;
    static final int GROUPS = 50;
    static final double LATITUDE_STEP = 0.15;
    static final double LONGITUDE_STEP = 0.18;

    private TenfoldCampaign() {
    }

    static PlanningProblem problem() {
        CampaignFile reference = ReferencePlanning.campaign();
        List<LocalDate> days = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            days.add(LocalDate.of(2021, 11, 22).plusDays(day));
        }
        CampaignFile campaign = new CampaignFile(reference.text(), reference.name() + "（十倍规模）", reference.year(),
                reference.standardId(), days, reference.hours(), GROUPS, reference.membersPerGroup(), reference.visit(),
                reference.travel(), reference.rules());
        List<UnitToVisit> units = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            String prefix = "C" + copy;
            double latitudeShift = (copy / 5) * LATITUDE_STEP;
            double longitudeShift = (copy % 5) * LONGITUDE_STEP;
            for (UnitToVisit unit : ReferencePlanning.units()) {
                List<BranchToVisit> branches = unit.branches().stream()
                        .map(branch -> new BranchToVisit(prefix + branch.code(), branch.targetLevel())).toList();
                units.add(new UnitToVisit(prefix + unit.code(), unit.name(), unit.site() == null ? null : prefix + unit.site(),
                        unit.latitude() + latitudeShift, unit.longitude() + longitudeShift, branches));
            }
        }
        Random random = new Random(2021_11_22L);
        List<Observer> observers = new ArrayList<>();
        for (int leader = 1; leader <= GROUPS; leader++) {
            observers.add(new Observer("组长" + leader, "委员", null, true));
        }
        for (int member = 1; member <= GROUPS * (campaign.membersPerGroup() - 1); member++) {
            observers.add(new Observer("观摩员" + member, "观摩员", units.get(random.nextInt(units.size())).code(), false));
        }
        return PlanningProblem.of(campaign, units,
                GroupFormation.form(GROUPS, campaign.membersPerGroup(), observers).groups());
    }
}
