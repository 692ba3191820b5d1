/** The observation's pages: groups, recusals, planning with live progress, the plan's timeline and map, publishing, itineraries. */
package org.xingping.observation.web;
