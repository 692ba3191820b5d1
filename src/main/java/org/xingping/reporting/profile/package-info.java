/**
 * The branch profile (支部档案): one branch over the years on one page, read from the registry,
 * the declarations, the groups' scores, the decisions and the rectification tasks.
 */
package org.xingping.reporting.profile;
