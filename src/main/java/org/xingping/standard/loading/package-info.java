/**
 * Reading a standard file: YAML composed to a node tree (never bound to beans, never to binary
 * floating point), walked with the path of every node so each problem names its place, and checked
 * against every rule of the format. Internal to the standard module; {@code StandardLoader} is the API.
 */
package org.xingping.standard.loading;
