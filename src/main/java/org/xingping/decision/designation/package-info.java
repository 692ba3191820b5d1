/**
 * The designation document (命名通报): a government-style DOCX written with Apache POI from what a
 * designation recorded. Internal to the decision module.
 */
package org.xingping.decision.designation;
