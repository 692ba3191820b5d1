package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agreement of one group's members, item by item, over the branches the group saw. */
final class Agreement {

    private Agreement() {
    }

    static GroupAgreement within(String group, List<BranchObservation> seen) {
        Set<String> members = new LinkedHashSet<>();
        seen.forEach(observation -> observation.members().forEach(member -> members.add(member.member())));
        List<String> memberList = List.copyOf(members);
        Map<String, Integer> column = new HashMap<>();
        memberList.forEach(member -> column.put(member, column.size()));

        // One pass over the sheets fills every item's matrix, in the order the items are first met.
        Map<String, Double[][]> cellsByItem = new LinkedHashMap<>();
        for (int branch = 0; branch < seen.size(); branch++) {
            for (MemberScores member : seen.get(branch).members()) {
                for (Map.Entry<String, BigDecimal> score : member.items().entrySet()) {
                    Double[][] cells = cellsByItem.computeIfAbsent(score.getKey(), item -> new Double[seen.size()][memberList.size()]);
                    cells[branch][column.get(member.member())] = score.getValue().doubleValue();
                }
            }
        }
        List<ItemAgreement> items = cellsByItem.entrySet().stream()
                .map(item -> ofItem(item.getKey(), new RatingMatrix(item.getValue()))).toList();
        return new GroupAgreement(group, memberList, items);
    }

    private static ItemAgreement ofItem(String item, RatingMatrix matrix) {
        return new ItemAgreement(item, matrix.scoredBranches(), matrix.completeRows().size(),
                IntraclassCorrelation.of(matrix), KrippendorffAlpha.interval(matrix));
    }
}
