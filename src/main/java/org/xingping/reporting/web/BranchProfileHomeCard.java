package org.xingping.reporting.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.HomeCard;

/** A branch secretary's home page leads to the branch's own profile. */
@Component
class BranchProfileHomeCard implements HomeCard.Provider {

    private final OrganizationManagement registry;
    private final Flash text;

    BranchProfileHomeCard(OrganizationManagement registry, Flash text) {
        this.registry = registry;
        this.text = text;
    }

    @Override
    public List<HomeCard> cards(CurrentUser user) {
        if (!user.hasRole(Role.BRANCH_SECRETARY) || user.organizationId().isEmpty()) {
            return List.of();
        }
        var branch = registry.organization(user.organizationId().get(), user.scope());
        return List.of(new HomeCard(text.text("profile.homeLink"), List.of(text.text("profile.homeLine", branch.getName())),
                "/branches/" + branch.getCode() + "/profile", text.text("profile.homeOpen"), "info"));
    }
}
