/** What every Word document the product writes shares: the layout of an official document (GB/T 9704). */
@org.springframework.modulith.NamedInterface("docx")
package org.xingping.platform.docx;
