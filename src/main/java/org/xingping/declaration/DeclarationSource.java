package org.xingping.declaration;

/** How a declaration reached the system: declared online, or collected offline and imported. */
public enum DeclarationSource {
    ONLINE,
    IMPORTED
}
