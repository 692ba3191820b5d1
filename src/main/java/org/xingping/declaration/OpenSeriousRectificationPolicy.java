package org.xingping.declaration;

import java.util.List;
import java.util.stream.Collectors;

import org.xingping.standard.DeclarationKind;

/**
 * A branch with a serious problem not yet rectified (an open serious task of an earlier year) may
 * not declare a promotion (晋升): the task is named, item and text, so the branch knows what to
 * close first. Keeping or first declarations are not blocked.
 */
class OpenSeriousRectificationPolicy implements SubmissionPolicy {

    private final List<OpenRectifications.OpenTask> openSerious;

    OpenSeriousRectificationPolicy(List<OpenRectifications.OpenTask> openSerious) {
        this.openSerious = List.copyOf(openSerious);
    }

    @Override
    public Verdict check(Submission submission) {
        if (submission.declaration().getKind() != DeclarationKind.PROMOTE || openSerious.isEmpty()) {
            return Verdict.allowed();
        }
        String tasks = openSerious.stream()
                .map(task -> "（" + task.year() + "年）" + (task.itemCode() == null ? ""
                        : task.itemCode() + " " + (task.itemName() == null ? "" : task.itemName()) + "：") + task.text())
                .collect(Collectors.joining("；"));
        return Verdict.refused("policy.openSeriousRectification", tasks);
    }
}
