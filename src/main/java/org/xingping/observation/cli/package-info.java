/**
 * The {@code plan} command of the interfaces contract: the campaign file and the units,
 * organisations, declarations and observers tables in, the visit plan out as CSV, with no
 * database at all.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.xingping.observation.cli;
