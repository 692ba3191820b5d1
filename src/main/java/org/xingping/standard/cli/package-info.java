/**
 * The {@code evaluate} command of the interfaces contract: a standard file and the campaign's
 * table files in, each declared branch's result out as CSV, with no database at all.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.xingping.standard.cli;
