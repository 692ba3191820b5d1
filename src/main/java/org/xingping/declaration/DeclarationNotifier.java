package org.xingping.declaration;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.declaration.DeclarationEvents.DeclarationForwarded;
import org.xingping.declaration.DeclarationEvents.DeclarationReturned;
import org.xingping.declaration.DeclarationEvents.DeclarationSubmitted;
import org.xingping.platform.Notifications;
import org.xingping.platform.XingPingProperties;

/**
 * Tells people what a declaration's step means for them once it has happened: the unit that a
 * branch submitted, the branch that it was returned or forwarded; and, every morning, whoever has a
 * deadline three working days away. Reminders carry a dedupe key, so several instances or restarts
 * never send one twice.
 */
@Component
class DeclarationNotifier {

    /** How many working days before a deadline people are reminded. */
    static final int REMIND_BEFORE = 3;

    private final Notifications notifications;
    private final CampaignManagement campaigns;
    private final WorkingCalendar calendar;
    private final DeclarationRepository declarations;
    private final XingPingProperties properties;
    private final Clock clock;

    DeclarationNotifier(Notifications notifications, CampaignManagement campaigns, WorkingCalendar calendar,
            DeclarationRepository declarations, XingPingProperties properties, Clock clock) {
        this.notifications = notifications;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.declarations = declarations;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DeclarationSubmitted submitted) {
        String branch = branchName(submitted.branchId());
        notifications.toUnitCommittee(submitted.unitId(), "/declarations/" + submitted.declarationId(), null,
                "notice.submitted", branch, submitted.round());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DeclarationReturned returned) {
        notifications.toBranch(returned.branchId(), "/declarations/" + returned.declarationId(), null,
                "notice.returned", returned.comment());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DeclarationForwarded forwarded) {
        notifications.toBranch(forwarded.branchId(), "/declarations/" + forwarded.declarationId(), null,
                "notice.forwarded");
    }

    /** Every morning: deadlines of the current campaign within three working days. */
    @Scheduled(cron = "${xingping.reminders.cron:0 0 8 * * *}")
    @Transactional
    public void remindOfDeadlines() {
        if (properties.headless()) {
            return;
        }
        campaigns.current().ifPresent(campaign -> remind(campaign, LocalDate.now(clock)));
    }

    void remind(Campaign campaign, LocalDate today) {
        LocalDate declarationDeadline = campaign.calendar().declarationDeadline();
        if (dueSoon(today, declarationDeadline)) {
            var declared = declarations.findByCampaignId(campaign.getId()).stream()
                    .filter(declaration -> !declaration.getStatus().editable())
                    .map(Declaration::getBranchId).collect(java.util.stream.Collectors.toSet());
            branchesInScope(campaign).stream().filter(branch -> !declared.contains(branch))
                    .forEach(branch -> notifications.toBranch(branch, "/declarations/mine",
                            "deadline:declaration:" + campaign.getYear(), "notice.declarationDeadline",
                            declarationDeadline, calendar.workingDaysBetween(today, declarationDeadline)));
        }
        LocalDate preReviewDeadline = campaign.calendar().preReviewDeadline();
        if (dueSoon(today, preReviewDeadline)) {
            declarations.findByCampaignId(campaign.getId()).stream()
                    .filter(declaration -> declaration.getStatus() == DeclarationStatus.SUBMITTED)
                    .map(Declaration::getUnitId).distinct()
                    .forEach(unit -> notifications.toUnitCommittee(unit, "/declarations/review",
                            "deadline:preReview:" + campaign.getYear(), "notice.preReviewDeadline",
                            preReviewDeadline, calendar.workingDaysBetween(today, preReviewDeadline)));
        }
    }

    private boolean dueSoon(LocalDate today, LocalDate deadline) {
        int left = calendar.workingDaysBetween(today, deadline);
        return !deadline.isBefore(today) && left <= REMIND_BEFORE;
    }

    private java.util.List<Long> branchesInScope(Campaign campaign) {
        return declarations.branchesOfUnits(campaign.unitIds());
    }

    private String branchName(long branchId) {
        return declarations.branchName(branchId);
    }
}
