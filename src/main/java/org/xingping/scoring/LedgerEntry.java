package org.xingping.scoring;

import java.math.BigDecimal;
import java.time.Instant;

/** One value entered on a sheet, as the ledger keeps it for good. */
public record LedgerEntry(long id, long sheetId, String observerName, int group, String itemCode, String oldValue,
                          String newValue, BigDecimal newPoints, int version, String reason, String enteredBy,
                          Instant enteredAt) {
}
