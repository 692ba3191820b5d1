/** The standards' pages: the list and upload, a standard as the committee reads it, its YAML and its blank scoring sheet. */
package org.xingping.standard.web;
