package org.xingping.reporting.statistics;

import java.util.List;

/**
 * The rows behind one figure of a dashboard: the branches (or tasks) it counted, as the page
 * lists them and the export writes them.
 *
 * @param title   what the figure was ("2021年 申报五星级")
 * @param headers the columns
 * @param rows    one list of cell values per row, in the columns' order
 */
public record DrillDown(String title, List<String> headers, List<List<Object>> rows) {
}
