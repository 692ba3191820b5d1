package org.xingping.notice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.NoticeOutcome;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.standard.Notice;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.library.RatingStandardManagement;

/**
 * Opening, reading and closing a campaign's public notice, and what the notice tells the decision
 * (the {@link NoticeOutcome} designation asks). Only the committee opens and closes; anyone reads.
 */
@Service
@Transactional
public class PublicNotices implements NoticeOutcome {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 8000;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final RatingStandardManagement standards;
    private final RatingDecisions decisions;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicNotices(JdbcClient jdbc, CampaignManagement campaigns, RatingStandardManagement standards,
            RatingDecisions decisions, WorkingCalendar calendar, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.standards = standards;
        this.decisions = decisions;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the committee writes when it opens the notice. */
    public record OpenNotice(LocalDate startsOn, String title, String body) {
    }

    @Transactional(readOnly = true)
    public Optional<PublicNotice> find(int year) {
        return campaigns.find(year).flatMap(campaign -> jdbc.sql("select * from public_notice where campaign_id = :c")
                .param("c", campaign.getId())
                .query((rs, row) -> new PublicNotice(year, rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(), rs.getString("title"), rs.getString("body"),
                        rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(), rs.getString("closed_by"),
                        instant(rs.getTimestamp("closed_at"))))
                .optional());
    }

    /** The notice of the year, which must have been opened. */
    @Transactional(readOnly = true)
    public PublicNotice require(int year) {
        return find(year).orElseThrow(() -> new NoticeRefused("publicNotice.notOpened", String.valueOf(year)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The notice as it would open on {@code startsOn} (the next working day when empty): its period
     * and the wording generated from the confirmed results.
     */
    @Transactional(readOnly = true)
    public NoticeDraft draft(int year, LocalDate startsOn, String contact, CurrentUser user) {
        requireCommittee(user);
        requireConfirmed(year);
        RatingStandard standard = standardOf(year);
        Notice period = standard.notice();
        LocalDate start = startsOn != null ? startsOn : calendar.plusWorkingDays(today(), 1);
        LocalDate end = endOf(start, period);
        List<NoticedUnit> units = units(year);
        String cleanContact = contact == null ? "" : contact.strip();
        int count = units.stream().mapToInt(unit -> unit.branches().size()).sum();
        return new NoticeDraft(year, start, end, period.days(), period.workingDays(), title(year),
                body(year, standard.issuer(), start, end, period, cleanContact, count), cleanContact, units);
    }

    /**
     * Opens the notice of a confirmed campaign, once. The period's end is counted from the start by
     * the standard: on the working-day calendar when its notice says so.
     */
    public PublicNotice open(int year, OpenNotice request, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        requireConfirmed(year);
        if (find(year).isPresent()) {
            throw new NoticeRefused("publicNotice.alreadyOpened", String.valueOf(year));
        }
        if (request.startsOn() == null) {
            throw new NoticeRefused("publicNotice.startRequired");
        }
        String title = required(request.title(), "publicNotice.titleRequired", MAX_TITLE, "publicNotice.titleTooLong");
        String body = required(request.body(), "publicNotice.bodyRequired", MAX_BODY, "publicNotice.bodyTooLong");
        LocalDate end = endOf(request.startsOn(), standardOf(year).notice());
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into public_notice (campaign_id, starts_on, ends_on, title, body, opened_by, opened_at)
                        values (:c, :start, :end, :title, :body, :by, :at)""")
                .param("c", campaign.getId()).param("start", Date.valueOf(request.startsOn()))
                .param("end", Date.valueOf(end)).param("title", title).param("body", body)
                .param("by", user.getUsername()).param("at", Timestamp.from(now)).update();
        audit.created("PublicNotice", year, "开始公示 " + year + " 年度评定结果：" + request.startsOn() + " 至 " + end,
                Map.of("startsOn", request.startsOn().toString(), "endsOn", end.toString(), "title", title));
        events.publishEvent(new NoticeOpened(year, request.startsOn(), end));
        return require(year);
    }

    /**
     * Closes the notice once its period has ended and every objection has its answer; refused
     * otherwise, naming the objections still open.
     */
    public PublicNotice close(int year, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        // Locks the notice so that no objection can arrive between the check and the close.
        PublicNotice notice = lock(campaign);
        if (notice.closed()) {
            throw new NoticeRefused("publicNotice.alreadyClosed", String.valueOf(year));
        }
        if (!notice.periodEndedBy(today())) {
            throw new NoticeRefused("publicNotice.close.periodRunning", notice.endsOn().toString());
        }
        List<String> open = jdbc.sql("""
                        select receipt from objection where campaign_id = :c and status in ('RECEIVED', 'INVESTIGATING')
                        order by sequence""")
                .param("c", campaign.getId()).query(String.class).list();
        if (!open.isEmpty()) {
            throw new NoticeRefused("publicNotice.close.openObjections", String.join("、", open));
        }
        jdbc.sql("update public_notice set closed_by = :by, closed_at = :at where campaign_id = :c")
                .param("by", user.getUsername()).param("at", Timestamp.from(clock.instant()))
                .param("c", campaign.getId()).update();
        audit.updated("PublicNotice", year, "结束公示 " + year + " 年度评定结果", "OPEN", "CLOSED");
        events.publishEvent(new NoticeClosed(year));
        return require(year);
    }

    /** The rated branches of the confirmed results by unit, each held back or not. */
    @Transactional(readOnly = true)
    public List<NoticedUnit> units(int year) {
        Set<String> held = branchesOnHold(year);
        Map<String, List<NoticedBranch>> byUnit = new LinkedHashMap<>();
        Map<String, String> unitNames = new LinkedHashMap<>();
        for (DecidedBranch branch : decisions.confirmedResults(year)) {
            if (!branch.rated()) {
                continue;
            }
            unitNames.put(branch.unitCode(), branch.unitName());
            byUnit.computeIfAbsent(branch.unitCode(), code -> new ArrayList<>()).add(new NoticedBranch(
                    branch.branchCode(), branch.branchName(), branch.stars(), branch.levelName(), branch.honourNames(),
                    branch.reopened() || held.contains(branch.branchCode())));
        }
        return byUnit.entrySet().stream()
                .map(entry -> new NoticedUnit(entry.getKey(), unitNames.get(entry.getKey()), entry.getValue())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public NoticeStatus status(int year) {
        return find(year).map(notice -> notice.closed() ? NoticeStatus.CLOSED : NoticeStatus.OPEN)
                .orElse(NoticeStatus.NOT_STARTED);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> branchesOnHold(int year) {
        return campaigns.find(year).map(campaign -> new HashSet<>(jdbc.sql("""
                        select distinct b.code from objection o join party_organization b on b.id = o.branch_id
                        where o.campaign_id = :c and o.on_hold""")
                .param("c", campaign.getId()).query(String.class).list())).map(Set::copyOf).orElse(Set.of());
    }

    /** The standard the campaign rates by: its notice period and its issuer. */
    @Transactional(readOnly = true)
    public RatingStandard standardOf(int year) {
        return standards.standard(campaigns.require(year).getStandardId());
    }

    /** The notice row, locked for the rest of the transaction. */
    PublicNotice lock(Campaign campaign) {
        int locked = jdbc.sql("select campaign_id from public_notice where campaign_id = :c for update")
                .param("c", campaign.getId()).query(Long.class).list().size();
        if (locked == 0) {
            throw new NoticeRefused("publicNotice.notOpened", String.valueOf(campaign.getYear()));
        }
        return require(campaign.getYear());
    }

    LocalDate endOf(LocalDate start, Notice period) {
        return period.workingDays() ? calendar.periodEnd(start, period.days()) : start.plusDays(period.days() - 1L);
    }

    private void requireConfirmed(int year) {
        if (decisions.confirmation(year).isEmpty()) {
            throw new NoticeRefused("publicNotice.notConfirmed", String.valueOf(year));
        }
    }

    static String title(int year) {
        return "关于" + year + "年度星级党支部拟命名名单的公示";
    }

    /** The wording of the notice (公示), in the committee's usual words. */
    static String body(int year, String issuer, LocalDate start, LocalDate end, Notice period, String contact,
            int branches) {
        String length = period.days() + (period.workingDays() ? "个工作日" : "天");
        return """
                经各单位党组织申报、工委组织观摩评定，%2$s研究确定了%1$d年度星级党支部拟命名名单（共%3$d个党支部），现予以公示。

                公示期：%4$s至%5$s（%6$s）。

                公示期间，对公示对象有异议的，可通过本公示页面或以书面形式向%2$s反映。反映问题应实事求是、具体详实，须署真实姓名并留联系电话；以单位名义反映的，须加盖单位公章。匿名或不具体的反映不予受理。

                联系人及电话：%7$s

                %2$s
                %8$s""".formatted(year, issuer, branches, CHINESE_DATE.format(start), CHINESE_DATE.format(end),
                length, contact.isBlank() ? "（请填写）" : contact, CHINESE_DATE.format(start));
    }

    static String required(String text, String missing, int max, String tooLong) {
        if (text == null || text.isBlank()) {
            throw new NoticeRefused(missing);
        }
        String clean = text.strip();
        if (clean.length() > max) {
            throw new NoticeRefused(tooLong, String.valueOf(max));
        }
        return clean;
    }

    static void requireCommittee(CurrentUser user) {
        if (user == null || !user.isCommittee()) {
            throw new AccessDeniedException((user == null ? "nobody" : user.getUsername()) + " is not on the committee");
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
