/**
 * The solver's own model of a visit plan (Timefold Solver): one list per group holding unit blocks
 * and linking visits, one pure timeline function that derives days, times, lunch and travel from a
 * list, the constraints, and the run that splits a large campaign into regions. Internal: the
 * module's root maps its API in and out, and no solver annotation leaves this package.
 */
package org.xingping.observation.planning;
