/**
 * The statistics dashboards (统计): campaign progress, levels year over year, units ranked, the
 * common problems by item, the groups' severity and agreement, rectification by unit. Read models
 * only: aggregate SQL over the other modules' tables, narrowed on the server to the caller's scope.
 */
package org.xingping.reporting.statistics;
