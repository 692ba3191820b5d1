/** What every PDF the product prints shares: the Chinese font it carries with it. */
@org.springframework.modulith.NamedInterface("pdf")
package org.xingping.platform.pdf;
