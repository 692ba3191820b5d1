/**
 * The stored standards: kept by their id with their text as loaded, frozen once a campaign uses
 * them. The module's root stays the pure engine; this is where standards meet the database.
 */
@org.springframework.modulith.NamedInterface("library")
package org.xingping.standard.library;
