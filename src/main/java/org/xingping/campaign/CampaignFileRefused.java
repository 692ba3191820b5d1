package org.xingping.campaign;

import java.util.List;
import java.util.stream.Collectors;

/** A campaign file that breaks a rule of its format, refused whole with every problem found. */
public class CampaignFileRefused extends RuntimeException {

    private final transient List<CampaignFileProblem> problems;

    public CampaignFileRefused(List<CampaignFileProblem> problems) {
        super(problems.stream().map(CampaignFileProblem::describe).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs a reason");
        }
        this.problems = List.copyOf(problems);
    }

    public List<CampaignFileProblem> problems() {
        return problems;
    }
}
