package org.xingping.platform.files;

import org.xingping.platform.Refused;

/** An upload refused: empty, too large, or not what it claims to be. */
public class FileRefused extends Refused {

    public FileRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
