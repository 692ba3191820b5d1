/**
 * Reads our YAML file formats (the rating standard, the observation campaign) as plain nodes with
 * paths and lines, so each format's reader names every problem by where it is, in Chinese.
 */
@org.springframework.modulith.NamedInterface("yaml")
package org.xingping.platform.yaml;
