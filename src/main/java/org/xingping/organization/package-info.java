/**
 * Organisation registry: units, the party-organisation tree (机关党委/党委/党总支/党支部) with
 * secretaries, member counts and star levels by year, and their import and export as table files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation registry")
package org.xingping.organization;
