package org.xingping.organization;

/** A node of the organisation tree beside the list: a unit or an organisation, and how much hangs below. */
public record TreeNode(long id, String code, String name, OrganizationType type, int children) {

    public boolean isUnit() {
        return type == null;
    }

    public boolean hasChildren() {
        return children > 0;
    }
}
