/**
 * Rating standards: the standard file format (xingping-standard/1), its validation and storage,
 * and the pure evaluation engine that turns item scores into parts, a total, a star level and
 * the reasons that lowered it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rating standards")
package org.xingping.standard;
