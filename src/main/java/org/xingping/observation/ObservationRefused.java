package org.xingping.observation;

import org.xingping.platform.Refused;

/** A step of the observation's preparation refused: groups, recusals, the plan and its publication. */
public class ObservationRefused extends Refused {

    public ObservationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
