package org.xingping.declaration;

/** A condition of the standard the branch claims to meet (有党建创新项目 …), with a note. */
public record Claim(String conditionCode, String note) {
}
