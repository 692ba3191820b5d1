/** The scoring's pages: the observer's sheet on a phone and the committee's typed-in paper sheets. */
package org.xingping.scoring.web;
