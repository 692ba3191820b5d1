package org.xingping.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.Confirmation;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationOverview;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.YearOnYear;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ReviewedScores;
import org.xingping.standard.RatingStandard;

/**
 * The review-meeting report (讲评报告) of a campaign, for the committee: made from the confirmed
 * results, the groups' scores, findings and summaries, and the declarations against last year, in
 * the parts the committee chose with its own paragraphs; written as DOCX (to edit further) and PDF.
 * Only a campaign whose results are confirmed has one: until then the report would state figures
 * the committee may still change.
 */
@Service
@Transactional(readOnly = true)
public class ReviewReports {

    /** The default rectification deadline: this many working days after the report's date. */
    public static final int DEADLINE_WORKING_DAYS = 30;
    /** The longest paragraph of its own the committee may add to a part. */
    public static final int PARAGRAPH_LIMIT = 3000;
    public static final int TITLE_LIMIT = 100;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final DeclarationOverview overview;
    private final ObservationManagement observation;
    private final GroupReviews reviews;
    private final RatingDecisions decisions;
    private final OrganizationManagement registry;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    ReviewReports(CampaignManagement campaigns, DeclarationManagement declarations, DeclarationOverview overview,
                  ObservationManagement observation, GroupReviews reviews, RatingDecisions decisions,
                  OrganizationManagement registry, WorkingCalendar calendar, MessageSource messages, AuditLog audit,
                  Clock clock) {
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.overview = overview;
        this.observation = observation;
        this.reviews = reviews;
        this.decisions = decisions;
        this.registry = registry;
        this.calendar = calendar;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How far a campaign is from its report: the confirmation, the number of confirmed results and
     * of finalised reviews, and what is missing (message keys {@code report.missing.*}, each with
     * its arguments), empty when the report can be made.
     */
    public record Readiness(int year, Optional<Confirmation> confirmation, int results, int reviewed,
                            List<Missing> missing, LocalDate defaultDate, LocalDate defaultDeadline) {

        public boolean ready() {
            return missing.isEmpty();
        }
    }

    /** One missing piece: its message key and arguments. */
    public record Missing(String messageKey, List<String> arguments) {
    }

    public Readiness readiness(int year) {
        Campaign campaign = campaigns.find(year).orElseThrow(() -> new ReportRefused("report.noCampaign", String.valueOf(year)));
        return readiness(campaign, reviews.reviewedScores(year).size(), decisions.confirmedResults(year));
    }

    private Readiness readiness(Campaign campaign, int reviewed, List<DecidedBranch> results) {
        int year = campaign.getYear();
        List<Missing> missing = new ArrayList<>();
        if (observation.plan(year).filter(StoredPlan::published).isEmpty()) {
            missing.add(new Missing("report.missing.plan", List.of()));
        }
        if (reviewed == 0) {
            missing.add(new Missing("report.missing.reviews", List.of()));
        }
        Optional<Confirmation> confirmation = decisions.confirmation(year);
        if (confirmation.isEmpty() || results.isEmpty()) {
            missing.add(new Missing("report.missing.confirmation", List.of(String.valueOf(year))));
        }
        List<String> reopened = results.stream().filter(DecidedBranch::reopened).map(DecidedBranch::branchCode).toList();
        if (!reopened.isEmpty()) {
            missing.add(new Missing("report.missing.reopened", List.of(String.valueOf(reopened.size()),
                    reopened.stream().limit(10).collect(Collectors.joining("、")))));
        }
        LocalDate today = LocalDate.now(clock);
        return new Readiness(year, confirmation, results.size(), reviewed, missing, today, deadline(today));
    }

    /** The rectification deadline of a report dated {@code date}: {@value #DEADLINE_WORKING_DAYS} working days later. */
    public LocalDate deadline(LocalDate date) {
        return calendar.plusWorkingDays(date, DEADLINE_WORKING_DAYS);
    }

    /**
     * The report of a campaign as the committee asked for it. Refused, saying what is missing, for a
     * campaign whose results are not confirmed (or a branch sent back is not decided again), with
     * no finalised scores or no published plan; and for no part chosen or words too long.
     */
    @Transactional
    public ReviewReport compose(int year, ReviewReportRequest request, CurrentUser user) {
        if (!user.isCommittee()) {
            throw new AccessDeniedException(user.getUsername() + " does not write the committee's reports");
        }
        Campaign campaign = campaigns.find(year).orElseThrow(() -> new ReportRefused("report.noCampaign", String.valueOf(year)));
        // Read once: what the readiness counts is what the report is made of.
        List<ReviewedScores> reviewed = reviews.reviewedScores(year);
        List<DecidedBranch> results = decisions.confirmedResults(year);
        Readiness readiness = readiness(campaign, reviewed.size(), results);
        if (!readiness.ready()) {
            throw new ReportRefused("report.refused", String.valueOf(year), readiness.missing().stream()
                    .map(missing -> messages.getMessage(missing.messageKey(), missing.arguments().toArray(), CHINESE))
                    .collect(Collectors.joining("；")));
        }
        if (request.sections().isEmpty()) {
            throw new ReportRefused("report.noSections");
        }
        request.paragraphs().forEach((section, text) -> {
            if (text != null && text.strip().length() > PARAGRAPH_LIMIT) {
                throw new ReportRefused("report.paragraphTooLong", messages.getMessage(section.messageKey(), null, CHINESE),
                        String.valueOf(PARAGRAPH_LIMIT));
            }
        });
        if (request.title().map(String::strip).filter(title -> title.length() > TITLE_LIMIT).isPresent()) {
            throw new ReportRefused("report.titleTooLong", String.valueOf(TITLE_LIMIT));
        }
        ReviewReport report = ReviewReportComposer.compose(inputs(campaign, reviewed, results, request.date()), request);
        audit.created("ReviewReport", year, "生成" + year + "年度讲评报告",
                Map.of("sections", request.sections().stream().map(Enum::name).sorted().toList(), "date", request.date().toString()));
        return report;
    }

    private ReviewReportComposer.Inputs inputs(Campaign campaign, List<ReviewedScores> reviewed, List<DecidedBranch> results,
                                               LocalDate date) {
        int year = campaign.getYear();
        RatingStandard standard = declarations.standardOfCampaign(campaign);
        Map<String, String> branchNames = new HashMap<>();
        declarations.rows(campaign.getId(), DeclarationFilter.everything(), DataScope.all())
                .forEach(row -> branchNames.put(row.branchCode(), row.branchName()));
        results.forEach(result -> branchNames.put(result.branchCode(), result.branchName()));
        List<Visit> visits = observation.plan(year).filter(StoredPlan::published).map(StoredPlan::visits).orElse(List.of());
        return new ReviewReportComposer.Inputs(year, standard, campaign.unitIds().size(),
                registry.countBranches(campaign.unitIds()), registry.unitNames(), overview.of(campaign, DataScope.all()),
                observation.groups(year), visits, results, reviewed, reviews.findings(year),
                reviews.currentSummaries(year), branchNames, deadline(date), this::yearOnYear,
                arguments -> messages.getMessage("overview.sentence", arguments, CHINESE));
    }

    /** "是上年的3.7倍（增长270%）": the application's one wording of a change against last year. */
    String yearOnYear(YearOnYear change) {
        return messages.getMessage(change.messageKey(), change.arguments(), CHINESE);
    }

    /** The report as a Word document, to edit before it is issued. */
    public byte[] docx(ReviewReport report) {
        return ReviewReportDocx.write(report);
    }

    /** The report as a PDF with its own Chinese font, to read and print as it is. */
    public byte[] pdf(ReviewReport report) {
        return ReviewReportPdf.write(report);
    }
}
