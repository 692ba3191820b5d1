/**
 * Observation (观摩): the campaign's groups and their recusals, the visit plan built by the solver
 * ({@code observation.planning}), and each group's itinerary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observation")
package org.xingping.observation;
