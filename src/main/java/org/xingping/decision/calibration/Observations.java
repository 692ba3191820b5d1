package org.xingping.decision.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The observations of a campaign indexed by branch and by group, both in the order first met. */
final class Observations {

    private final Map<String, List<BranchObservation>> byBranch = new LinkedHashMap<>();
    private final Map<String, List<BranchObservation>> byGroup = new LinkedHashMap<>();
    private final int count;

    private Observations(Collection<BranchObservation> observations) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("校准至少需要一个支部的观摩结果");
        }
        for (BranchObservation observation : observations) {
            List<BranchObservation> ofBranch = byBranch.computeIfAbsent(observation.branch(), branch -> new ArrayList<>());
            if (ofBranch.stream().anyMatch(earlier -> earlier.group().equals(observation.group()))) {
                throw new IllegalArgumentException(observation.group() + " 对支部 " + observation.branch() + " 有两份观摩结果");
            }
            ofBranch.add(observation);
            byGroup.computeIfAbsent(observation.group(), group -> new ArrayList<>()).add(observation);
        }
        this.count = observations.size();
    }

    static Observations of(Collection<BranchObservation> observations) {
        return new Observations(observations);
    }

    List<String> groups() {
        return List.copyOf(byGroup.keySet());
    }

    List<String> branches() {
        return List.copyOf(byBranch.keySet());
    }

    /** The groups' observations of one branch: more than one for a linking branch. */
    List<BranchObservation> ofBranch(String branch) {
        return byBranch.get(branch);
    }

    List<BranchObservation> ofGroup(String group) {
        return byGroup.get(group);
    }

    /** Branches more than one group saw (联系支部): all that tells one group's severity from another's. */
    List<String> linkingBranches() {
        return byBranch.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    int count() {
        return count;
    }

    /** The groups joined by linking branches, each part in the order its first group was met. */
    List<GroupComponent> components() {
        List<String> groups = groups();
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (String branch : linkingBranches()) {
            int first = root(parent, groups.indexOf(ofBranch(branch).get(0).group()));
            for (BranchObservation other : ofBranch(branch)) {
                parent[root(parent, groups.indexOf(other.group()))] = first;
            }
        }
        Map<Integer, List<String>> parts = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            parts.computeIfAbsent(root(parent, i), part -> new ArrayList<>()).add(groups.get(i));
        }
        return parts.values().stream().map(GroupComponent::new).toList();
    }

    /** Union–find without ranks: a campaign has a handful of groups. */
    private static int root(int[] parent, int group) {
        int root = group;
        while (parent[root] != root) {
            root = parent[root];
        }
        return root;
    }
}
