package org.xingping.notice;

import java.time.LocalDate;

/** The committee put a campaign's confirmed results on public notice for this period. */
public record NoticeOpened(int year, LocalDate startsOn, LocalDate endsOn) {
}
