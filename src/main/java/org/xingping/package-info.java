/**
 * XingPing (星评). Each sub-package is one capability of the yearly cycle, a Spring Modulith
 * module; this package holds only the application and the launcher that picks web or command.
 */
package org.xingping;
