/**
 * Platform: users, roles and their data scope, the audit log, the UI shell and its fragment kit,
 * messages in Chinese and English, the data directory, and the table-file reader every import uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.xingping.platform;
