/** The committee's reporting pages: choosing the review report's sections and paragraphs, and its downloads. */
package org.xingping.reporting.web;
