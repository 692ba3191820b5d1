package org.xingping.declaration;

import org.xingping.platform.Refused;

/** A declaration or a step of its pre-review refused, with the reason. */
public class DeclarationRefused extends Refused {

    public DeclarationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
