/**
 * The registry's command-line commands (interfaces.md), which the launcher runs on the configured
 * database.
 */
@org.springframework.modulith.NamedInterface("cli")
package org.xingping.organization.cli;
