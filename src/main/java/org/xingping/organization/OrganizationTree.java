package org.xingping.organization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that keep a unit's organisations a tree (interfaces.md: "The tree must be a tree: no
 * cycles, every parent exists, a branch belongs to the same unit as its parent"), checked the
 * same way for one form and for a whole imported file. It sees the registry through a lookup by
 * code, so an import checks its rows against the stored tree with the file laid over it.
 */
final class OrganizationTree {

    /** An organisation as the tree rules see it. */
    record Node(String code, String unitCode, String parentCode, OrganizationType type) {

        boolean isTop() {
            return parentCode == null || parentCode.isBlank();
        }
    }

    private final Function<String, Node> lookup;

    OrganizationTree(Function<String, Node> lookup) {
        this.lookup = lookup;
    }

    /** Every rule the node breaks where it stands; empty when it fits the tree. */
    List<Refusal> check(Node node) {
        List<Refusal> refusals = new ArrayList<>();
        if (node.isTop()) {
            return refusals;
        }
        if (node.parentCode().equals(node.code())) {
            refusals.add(new Refusal("parent_code", "rule.parentIsSelf", node.code()));
            return refusals;
        }
        Node parent = lookup.apply(node.parentCode());
        if (parent == null) {
            refusals.add(new Refusal("parent_code", "rule.parentUnknown", node.parentCode()));
            return refusals;
        }
        if (node.unitCode() != null && !node.unitCode().equals(parent.unitCode())) {
            refusals.add(new Refusal("parent_code", "rule.parentOtherUnit", node.parentCode(), parent.unitCode(),
                    node.unitCode()));
        }
        if (parent.type() != null && !parent.type().mayHaveChildren()) {
            refusals.add(new Refusal("parent_code", "rule.parentIsBranch", node.parentCode()));
        }
        cycleThrough(node).ifPresent(refusals::add);
        return refusals;
    }

    /**
     * The rules the node breaks towards organisations already below it: a branch has nothing
     * below it, and those below stay in its unit. {@code children} are those that stay below the
     * node as it is; children that move with the same change are judged where they go.
     */
    List<Refusal> checkBelow(Node node, List<Node> children) {
        List<Refusal> refusals = new ArrayList<>();
        if (children.isEmpty()) {
            return refusals;
        }
        if (node.type() != null && !node.type().mayHaveChildren()) {
            refusals.add(new Refusal("type", "rule.childrenUnderBranch", node.code(), children.size(),
                    children.get(0).code()));
        }
        List<Node> elsewhere = children.stream()
                .filter(child -> node.unitCode() != null && !node.unitCode().equals(child.unitCode())).toList();
        if (!elsewhere.isEmpty()) {
            refusals.add(new Refusal("unit_code", "rule.childrenInOtherUnit", node.code(), elsewhere.size(),
                    elsewhere.get(0).code(), elsewhere.get(0).unitCode(), node.unitCode()));
        }
        return refusals;
    }

    /** Walks up from the node's parent; meeting the node again means the parents form a loop. */
    private java.util.Optional<Refusal> cycleThrough(Node node) {
        Set<String> seen = new HashSet<>();
        List<String> path = new ArrayList<>();
        path.add(node.code());
        String current = node.parentCode();
        while (current != null && !current.isBlank() && seen.add(current)) {
            path.add(current);
            if (current.equals(node.code())) {
                return java.util.Optional.of(new Refusal("parent_code", "rule.cycle", String.join(" → ", path)));
            }
            Node next = lookup.apply(current);
            current = next == null ? null : next.parentCode();
        }
        return java.util.Optional.empty();
    }
}
