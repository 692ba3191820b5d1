/**
 * Backup and restore of a whole instance as one file: every table of the database read in one
 * snapshot, every stored file, and a manifest with the schema version and a SHA-256 of each part,
 * so a cut-short or edited file is refused before anything is written.
 */
package org.xingping.platform.backup;
