package org.xingping.declaration;

import org.xingping.platform.CurrentUser;

/**
 * Lets a later module open a declaration to people the declaration module does not know about:
 * the observers whose group visits the branch read its self-assessment and evidence. Each
 * implementation answers for its own people; none can narrow what the scope already allows.
 */
public interface DeclarationAccess {

    boolean mayRead(CurrentUser user, Declaration declaration);
}
