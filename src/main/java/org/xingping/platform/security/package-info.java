/** Who may reach what: form login against the accounts, lockout, the forced password change, login audit. */
package org.xingping.platform.security;
