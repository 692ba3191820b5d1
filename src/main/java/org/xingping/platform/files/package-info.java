/**
 * Stored files (evidence, documents, photos) behind one {@link org.xingping.platform.files.FileStore}
 * interface, and the check of what a file really is from its content, never from its name.
 */
@org.springframework.modulith.NamedInterface("files")
package org.xingping.platform.files;
