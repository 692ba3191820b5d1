package org.xingping.standard.library;

import org.xingping.platform.Refused;

/** A change of the stored standards refused: a frozen id, a standard that is not there. */
public class StandardChangeRefused extends Refused {

    public StandardChangeRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
