/**
 * The campaign's table files of the interfaces contract that more than one command reads
 * (declarations, scores, facts, history): their schemas, typed cells, and the run-wide problem
 * collection that refuses every bad row of every file at once.
 */
@org.springframework.modulith.NamedInterface("tables")
package org.xingping.standard.tables;
