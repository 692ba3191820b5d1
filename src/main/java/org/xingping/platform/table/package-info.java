/**
 * Reads the table files of every import (CSV in UTF-8 or GB18030, or XLSX) into rows keyed by
 * the English column names of the interfaces contract, and refuses a bad file with every problem
 * named by file, line, column and reason in Chinese.
 */
@org.springframework.modulith.NamedInterface("table")
package org.xingping.platform.table;
