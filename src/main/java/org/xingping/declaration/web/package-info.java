/** The declarations' pages: the branch's declaration, the unit's pre-review queue, the committee's overview and import. */
package org.xingping.declaration.web;
