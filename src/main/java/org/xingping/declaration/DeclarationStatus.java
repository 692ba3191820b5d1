package org.xingping.declaration;

/** Where a declaration stands: the branch drafts, submits, may get it back, the unit forwards it. */
public enum DeclarationStatus {
    /** 草稿: the branch is still filling it in. */
    DRAFT,
    /** 已提交: waiting for the unit's pre-review. */
    SUBMITTED,
    /** 已退回: the unit sent it back with comments; the branch edits and resubmits. */
    RETURNED,
    /** 已报送: the unit forwarded it to the 工委. */
    FORWARDED;

    public String messageKey() {
        return "declaration.status." + name();
    }

    /** Whether the branch may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
