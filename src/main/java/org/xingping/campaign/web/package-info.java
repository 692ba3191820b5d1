/** The campaign's pages (open a year, its calendar, scope and documents), the working-day calendar, the home card. */
package org.xingping.campaign.web;
