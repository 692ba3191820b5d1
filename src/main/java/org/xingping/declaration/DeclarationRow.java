package org.xingping.declaration;

import java.math.BigDecimal;
import java.time.Instant;

import org.xingping.standard.DeclarationKind;

/** A declaration as lists show it: the branch and unit by name, what it applied for, where it stands. */
public record DeclarationRow(long id, String branchCode, String branchName, long unitId, String unitCode,
        String unitName, String unitCategory, DeclarationKind kind, int currentLevel, int targetLevel,
        DeclarationStatus status, DeclarationSource source, BigDecimal selfScore, Instant submittedAt) {
}
