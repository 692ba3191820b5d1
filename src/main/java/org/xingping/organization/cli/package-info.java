/** The {@code import} command of the interfaces contract. */
package org.xingping.organization.cli;
