package org.xingping.declaration.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.HomeCard;

/**
 * What each role has to do about declarations, on its home page: the branch its own declaration,
 * the unit what awaits its pre-review, the committee what has been forwarded.
 */
@Component
class DeclarationHomeCard implements HomeCard.Provider {

    private final DeclarationManagement declarations;
    private final CampaignManagement campaigns;
    private final Flash text;

    DeclarationHomeCard(DeclarationManagement declarations, CampaignManagement campaigns, Flash text) {
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.text = text;
    }

    @Override
    public List<HomeCard> cards(CurrentUser user) {
        var campaign = campaigns.current().filter(current -> CampaignManagement.sees(current, user.scope()));
        if (campaign.isEmpty()) {
            return List.of();
        }
        if (user.hasRole(Role.BRANCH_SECRETARY)) {
            return List.of(declarations.mine(user)
                    .map(mine -> new HomeCard(text.text("menu.myDeclaration"),
                            List.of(text.text("home.declaration.status", text.text(mine.getStatus().messageKey()),
                                    mine.getTargetLevel())),
                            "/declarations/" + mine.getId(), text.text("home.declaration.open"),
                            mine.getStatus() == DeclarationStatus.RETURNED ? "warn" : "ok"))
                    .orElse(new HomeCard(text.text("menu.myDeclaration"), List.of(text.text("home.declaration.none")),
                            "/declarations/mine", text.text("declaration.start"), "warn")));
        }
        if (!user.hasRole(Role.UNIT_COMMITTEE) && !user.isCommittee()) {
            return List.of();
        }
        List<DeclarationRow> rows = declarations.rows(campaign.get().getId(), DeclarationFilter.everything(),
                user.scope());
        long waiting = rows.stream().filter(row -> row.status() == DeclarationStatus.SUBMITTED).count();
        long forwarded = rows.stream().filter(row -> row.status() == DeclarationStatus.FORWARDED).count();
        if (user.hasRole(Role.UNIT_COMMITTEE)) {
            return List.of(new HomeCard(text.text("menu.preReview"),
                    List.of(text.text("home.preReview.counts", rows.size(), waiting, forwarded)),
                    "/declarations/review", text.text("home.preReview.open"), waiting > 0 ? "warn" : "ok"));
        }
        return List.of(new HomeCard(text.text("menu.declarations"),
                List.of(text.text("home.declarations.counts", rows.size(), forwarded, waiting)),
                "/declarations", text.text("home.declarations.open"), "info"));
    }
}
