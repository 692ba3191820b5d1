package org.xingping.scoring;

import org.springframework.stereotype.Component;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.Declaration;
import org.xingping.declaration.DeclarationAccess;
import org.xingping.observation.ObservationManagement;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;

/**
 * An observer reads the self-assessment and evidence of a branch their group visits, one tap from
 * the score sheet; never one of a unit or branch they are recused from.
 */
@Component
class ObserversReadDeclarations implements DeclarationAccess {

    private final ObservationManagement observation;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;

    ObserversReadDeclarations(ObservationManagement observation, CampaignManagement campaigns,
            OrganizationManagement registry) {
        this.observation = observation;
        this.campaigns = campaigns;
        this.registry = registry;
    }

    @Override
    public boolean mayRead(CurrentUser user, Declaration declaration) {
        if (!user.isObserver()) {
            return false;
        }
        String branch = registry.organization(declaration.getBranchId(), DataScope.all()).getCode();
        return campaigns.byId(declaration.getCampaignId())
                .flatMap(campaign -> observation.itinerary(campaign.getYear(), user))
                .map(itinerary -> itinerary.visits().stream().anyMatch(visit -> branch.equals(visit.branchCode())))
                .orElse(false);
    }
}
