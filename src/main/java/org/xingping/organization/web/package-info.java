/** The registry's pages: the organisation list with its tree, units, forms, import and export. */
package org.xingping.organization.web;
