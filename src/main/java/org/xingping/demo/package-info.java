/**
 * Demo mode: on the first start with {@code --demo}, loads the reference data set the product
 * carries and opens the demo accounts, so a newcomer can log in and walk the whole year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo mode")
package org.xingping.demo;
