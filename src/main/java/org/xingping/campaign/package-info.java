/**
 * The campaign year (创建年度): the standard it rates by, the units in scope, its calendar and
 * phases, its documents, the observation campaign file, and the official working-day calendar
 * every deadline and notice period counts on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaign year")
package org.xingping.campaign;
