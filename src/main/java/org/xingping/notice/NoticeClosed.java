package org.xingping.notice;

/**
 * A campaign's public notice is over: its period ended and every objection was answered. The
 * results not held back may now be designated.
 */
public record NoticeClosed(int year) {
}
