/**
 * The scoring's pages: the observer's sheet on a phone, the group leader's review and the group's
 * summaries, the committee's score ledger and its typed-in paper sheets.
 */
package org.xingping.scoring.web;
