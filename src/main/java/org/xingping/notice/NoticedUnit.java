package org.xingping.notice;

import java.util.List;

/** One unit's branches on the notice, highest level first. */
public record NoticedUnit(String unitCode, String unitName, List<NoticedBranch> branches) {

    public NoticedUnit {
        branches = List.copyOf(branches);
    }
}
