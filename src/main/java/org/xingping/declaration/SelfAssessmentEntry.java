package org.xingping.declaration;

/** One item of the self-assessment: what the branch entered as the item's rule takes it, and a note. */
public record SelfAssessmentEntry(String itemCode, String value, String note) {
}
