/** The database side of the append-only audit log. */
package org.xingping.platform.audit;
