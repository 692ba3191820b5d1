package org.xingping.campaign;

import org.xingping.platform.Refused;

/** A change of a campaign or of the working-day calendar refused by one of their rules. */
public class CampaignRefused extends Refused {

    public CampaignRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
