package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The agreement of one group's members, item by item, over the branches the group saw. */
final class Agreement {

    private Agreement() {
    }

    static GroupAgreement within(String group, List<BranchObservation> seen) {
        Set<String> members = new LinkedHashSet<>();
        Set<String> items = new LinkedHashSet<>();
        for (BranchObservation observation : seen) {
            for (MemberScores member : observation.members()) {
                members.add(member.member());
                items.addAll(member.items().keySet());
            }
        }
        List<String> memberList = List.copyOf(members);
        List<ItemAgreement> byItem = items.stream().map(item -> ofItem(item, seen, memberList)).toList();
        return new GroupAgreement(group, memberList, byItem);
    }

    private static ItemAgreement ofItem(String item, List<BranchObservation> seen, List<String> members) {
        Double[][] cells = new Double[seen.size()][members.size()];
        for (int branch = 0; branch < seen.size(); branch++) {
            for (MemberScores member : seen.get(branch).members()) {
                BigDecimal score = member.items().get(item);
                if (score != null) {
                    cells[branch][members.indexOf(member.member())] = score.doubleValue();
                }
            }
        }
        RatingMatrix matrix = new RatingMatrix(cells);
        return new ItemAgreement(item, matrix.scoredBranches(), matrix.completeRows().length,
                IntraclassCorrelation.of(matrix), KrippendorffAlpha.interval(matrix));
    }
}
