package org.xingping.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An observer's score sheet of one branch: the values entered item by item, the findings and
 * photos, the notes, and where it stands.
 */
public record ScoreSheet(long id, int year, String branchCode, String branchName, String unitCode, String unitName,
                         int group, String observerName, String username, SheetStatus status, String notes,
                         int notesVersion, Map<String, SheetValue> values, List<Finding> findings,
                         List<Finding.Photo> photos, Optional<Instant> submittedAt) {

    public Optional<SheetValue> value(String itemCode) {
        return Optional.ofNullable(values.get(itemCode));
    }

    public BigDecimal total() {
        return values.values().stream().map(SheetValue::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean editable() {
        return status != SheetStatus.FINALISED;
    }
}
