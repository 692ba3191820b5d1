/**
 * The public notice (公示) of a campaign's confirmed results and the objections (异议) to it: the
 * committee opens the notice, anyone may object on the public page with a real name, the committee
 * investigates, holds, answers (upheld sends the branch back to the decision) and closes the notice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notice")
package org.xingping.notice;
