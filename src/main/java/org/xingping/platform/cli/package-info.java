/** What the command-line commands of every module share with the launcher. */
@org.springframework.modulith.NamedInterface("cli")
package org.xingping.platform.cli;
