package org.xingping.decision.calibration;

import java.util.List;

/**
 * How well the members of one group agreed, item by item.
 *
 * @param group the group
 * @param members the members who scored any branch for the group, in the order first met
 * @param items one line per item the group scored, in the order first met (the sheets' order)
 */
public record GroupAgreement(String group, List<String> members, List<ItemAgreement> items) {

    public GroupAgreement {
        members = List.copyOf(members);
        items = List.copyOf(items);
    }
}
