package org.xingping.platform.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much one table file may hold before it is refused: its size in bytes as uploaded (for XLSX
 * the compressed file) and its number of data rows.
 */
public record TableLimits(long maxBytes, int maxRows) {

    /** 32 MiB and 1,000,000 rows: ten times the largest table a city's campaign produces. */
    public static final TableLimits DEFAULT = new TableLimits(32L * 1024 * 1024, 1_000_000);

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(1024L * 1024);

    public TableLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("Table limits must be positive: " + maxBytes + " bytes, " + maxRows + " rows");
        }
    }

    /** The byte limit as users read it, "32 MB". */
    String maxBytesText() {
        BigDecimal megabytes = BigDecimal.valueOf(maxBytes).divide(MEGABYTE, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (megabytes.signum() == 0 ? "0.01" : megabytes.toPlainString()) + " MB";
    }

    String maxRowsText() {
        return String.format("%,d", maxRows);
    }
}
