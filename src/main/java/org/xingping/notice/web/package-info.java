/** The notice's pages: the committee's notice and objections inbox, and the public notice with its objection form. */
package org.xingping.notice.web;
