package org.xingping.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * What the committee sees before opening a notice: the period for the chosen start, and the
 * wording generated from the confirmed results, to edit. The list of branches is not part of the
 * editable text: it is always the confirmed results themselves.
 */
public record NoticeDraft(int year, LocalDate startsOn, LocalDate endsOn, int days, boolean workingDays,
                          String title, String body, String contact, List<NoticedUnit> units) {
}
