package org.xingping.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.FileType;
import org.xingping.platform.files.FileUploads;
import org.xingping.rectification.RectificationEvents.RectificationAnswered;
import org.xingping.rectification.RectificationEvents.RectificationReopened;
import org.xingping.rectification.RectificationEvents.RectificationTaskOpened;
import org.xingping.rectification.RectificationEvents.RectificationVerified;
import org.xingping.rectification.RectificationTask.Severity;
import org.xingping.rectification.RectificationTask.Source;
import org.xingping.scoring.RecordedProblems;

/**
 * The workflow of rectification tasks (see {@link RectificationTask}): opening from recorded
 * problems or by the 工委's hand, the owner's answer with evidence, and the verification. Every
 * step is kept in the task's history and in the audit log, and published as an event.
 */
@Service
@Transactional
public class RectificationTasks {

    /** The default time to rectify: thirty working days from the day the task is opened. */
    public static final int DEFAULT_WORKING_DAYS = 30;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_FILES = 10;
    /** What a branch may hand in as evidence: the same kinds as declaration evidence. */
    public static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PDF, FileType.PNG, FileType.JPEG,
            FileType.WEBP, FileType.DOCX, FileType.XLSX);

    /** A file as a form sent it. */
    public record Upload(String name, InputStream content) {
    }

    /** A task the 工委 adds by hand: item optional, deadline optional (then thirty working days). */
    public record NewTask(String itemCode, Severity severity, String text, LocalDate deadline,
            boolean confirmNonWorkingDay) {
    }

    private final JdbcClient jdbc;
    private final TaskRows rows;
    private final CampaignManagement campaigns;
    private final WorkingCalendar calendar;
    private final RecordedProblems problems;
    private final FileUploads uploads;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationTasks(JdbcClient jdbc, TaskRows rows, CampaignManagement campaigns, WorkingCalendar calendar,
            RecordedProblems problems, FileUploads uploads, FileStore files, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.problems = problems;
        this.uploads = uploads;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest campaign year that has tasks: the ledger opens on it. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> latestYear() {
        return jdbc.sql("select max(c.year) from rectification_task t join campaign c on c.id = t.campaign_id")
                .query(Integer.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    // --- opening ------------------------------------------------------------------------------------------

    /** Every problem on the branch's finalised sheets of the year becomes a task, once per finding. */
    public int openFromSheets(int year, String branchCode) {
        Campaign campaign = campaigns.require(year);
        int opened = 0;
        long[] scope = null;
        for (RecordedProblems.SheetProblem problem : problems.ofBranch(year, branchCode)) {
            scope = scope != null ? scope : branchScope(branchCode);
            opened += open(campaign, scope[1], scope[0], Source.SHEET, "FINDING:" + problem.findingId(),
                    problem.itemCode(), Severity.valueOf(problem.severity().name()), problem.text(),
                    problem.observerName(), null, AuditLog.SYSTEM_ACTOR) > 0 ? 1 : 0;
        }
        return opened;
    }

    /**
     * The problems a group wrote in its summary of a unit become one task of the unit's party
     * committee (they are about the unit as a whole), once per group and unit.
     */
    public int openFromSummaries(int year) {
        Campaign campaign = campaigns.require(year);
        int opened = 0;
        for (RecordedProblems.SummaryProblems summary : problems.ofUnitSummaries(year)) {
            Long unit = jdbc.sql("select id from unit where code = :code").param("code", summary.unitCode())
                    .query(Long.class).optional().orElse(null);
            if (unit == null) {
                continue;
            }
            String text = summary.problems().length() > MAX_TEXT ? summary.problems().substring(0, MAX_TEXT)
                    : summary.problems();
            opened += open(campaign, unit, null, Source.SUMMARY,
                    "SUMMARY:" + year + ":" + summary.group() + ":" + summary.unitCode(), null, Severity.MODERATE,
                    text, "第" + summary.group() + "观摩组", null, AuditLog.SYSTEM_ACTOR) > 0 ? 1 : 0;
        }
        return opened;
    }

    /** The 工委 adds a task for one branch by hand. */
    public long add(int year, String branchCode, NewTask task, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        long[] scope = branchScope(branchCode);
        checkNew(task);
        return open(campaign, scope[1], scope[0], Source.MANUAL, "MANUAL:" + UUID.randomUUID(), blankToNull(task.itemCode()),
                task.severity(), task.text().strip(), user.displayName(), task.deadline(), user.getUsername());
    }

    /** The 工委 adds the same task for every branch of a unit; answers how many were opened. */
    public int addForUnit(int year, String unitCode, NewTask task, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        long unit = jdbc.sql("select id from unit where code = :code").param("code", unitCode).query(Long.class)
                .optional().orElseThrow(() -> new RectificationRefused("rectification.noSuchUnit", unitCode));
        checkNew(task);
        List<Long> branches = jdbc.sql("select id from party_organization where unit_id = :unit and type = 'BRANCH' order by code")
                .param("unit", unit).query(Long.class).list();
        if (branches.isEmpty()) {
            throw new RectificationRefused("rectification.unitWithoutBranches", unitCode);
        }
        for (long branch : branches) {
            open(campaign, unit, branch, Source.MANUAL, "MANUAL:" + UUID.randomUUID(), blankToNull(task.itemCode()),
                    task.severity(), task.text().strip(), user.displayName(), task.deadline(), user.getUsername());
        }
        return branches.size();
    }

    private void checkNew(NewTask task) {
        if (task.text() == null || task.text().isBlank() || task.text().strip().length() > MAX_TEXT) {
            throw new RectificationRefused("rectification.textInvalid", MAX_TEXT);
        }
        if (task.severity() == null) {
            throw new RectificationRefused("rectification.severityMissing");
        }
        if (task.deadline() != null) {
            RectificationRules.deadline(task.deadline(), today(), task.confirmNonWorkingDay(), calendar);
        }
    }

    /** Opens a task unless its source already has one; answers the new task's id, or 0. */
    private long open(Campaign campaign, long unitId, Long branchId, Source source, String sourceKey, String itemCode,
            Severity severity, String text, String foundBy, LocalDate deadline, String actor) {
        LocalDate createdOn = today();
        LocalDate due = deadline != null ? deadline : calendar.plusWorkingDays(createdOn, DEFAULT_WORKING_DAYS);
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into rectification_task (campaign_id, unit_id, branch_id, source, source_key, item_code,
                               severity, text, found_by, status, created_at, created_on, deadline)
                        values (:campaign, :unit, :branch, :source, :key, :item, :severity, :text, :foundBy, 'OPEN',
                                :at, :on, :deadline)
                        on conflict do nothing""")
                .param("campaign", campaign.getId()).param("unit", unitId).param("branch", branchId)
                .param("source", source.name()).param("key", sourceKey).param("item", itemCode)
                .param("severity", severity.name()).param("text", text).param("foundBy", foundBy)
                .param("at", Timestamp.from(now)).param("on", Date.valueOf(createdOn)).param("deadline", Date.valueOf(due))
                .update();
        if (inserted == 0) {
            return 0;
        }
        long id = jdbc.sql("select id from rectification_task where source_key = :key").param("key", sourceKey)
                .query(Long.class).single();
        step(id, "OPENED", actor, foundBy + "：" + text);
        audit.created("RectificationTask", id, "整改任务 " + id + "（截止 " + due + "）", Map.of("source", sourceKey,
                "severity", severity.name(), "deadline", due.toString()));
        events.publishEvent(new RectificationTaskOpened(id, campaign.getYear(), branchId, unitId, severity.name()));
        return id;
    }

    // --- answering and verifying -------------------------------------------------------------------------

    /** The owner answers with what it did (measures), how it stands (outcome) and evidence files. */
    public RectificationTask answer(long id, String measures, String outcome, List<Upload> evidence, CurrentUser user) {
        RectificationTask task = load(id);
        RectificationRules.answering(user, task);
        String did = measures == null ? "" : measures.strip();
        String result = outcome == null ? "" : outcome.strip();
        if (did.isEmpty() || did.length() > MAX_TEXT || result.length() > MAX_TEXT) {
            throw new RectificationRefused("rectification.answerInvalid", MAX_TEXT);
        }
        if (evidence.size() > MAX_FILES) {
            throw new RectificationRefused("rectification.tooManyFiles", MAX_FILES);
        }
        // Every file is checked by its content before anything is kept.
        List<FileUploads.Accepted> accepted = new ArrayList<>();
        for (Upload upload : evidence) {
            accepted.add(uploads.accept(upload.name(), upload.content(), EVIDENCE_TYPES, FileUploads.MAX_BYTES));
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update rectification_task set status = 'ANSWERED', answer = :answer, outcome = :outcome,
                               answered_by = :by, answered_at = :at where id = :id""")
                .param("answer", did).param("outcome", result).param("by", user.getUsername())
                .param("at", Timestamp.from(now)).param("id", id).update();
        long step = step(id, "ANSWERED", user.getUsername(), did + (result.isEmpty() ? "" : "\n" + result));
        for (FileUploads.Accepted file : accepted) {
            jdbc.sql("""
                            insert into rectification_evidence (task_id, step_id, file_key, file_name, content_type,
                                   size_bytes, created_by, created_at)
                            values (:task, :step, :key, :name, :type, :size, :by, :at)""")
                    .param("task", id).param("step", step).param("key", file.file().key()).param("name", file.name())
                    .param("type", file.type().contentType()).param("size", file.file().size())
                    .param("by", user.getUsername()).param("at", Timestamp.from(now)).update();
        }
        audit.updated("RectificationTask", id, "答复整改任务 " + id + "（佐证 " + accepted.size() + " 份）",
                Map.of("status", task.status().name()), Map.of("status", "ANSWERED", "evidence", accepted.size()));
        events.publishEvent(new RectificationAnswered(id, task.year(), task.branchId(), task.unitId(), accepted.size()));
        return load(id);
    }

    /** The verifier accepts the answer: the task is closed. Refused to the owner and without evidence. */
    public RectificationTask accept(long id, CurrentUser user) {
        RectificationTask task = load(id);
        RectificationRules.verifying(user, task);
        RectificationRules.closing(evidenceOfLatestAnswer(id));
        Instant now = clock.instant();
        jdbc.sql("update rectification_task set status = 'CLOSED', verified_by = :by, verified_at = :at where id = :id")
                .param("by", user.displayName()).param("at", Timestamp.from(now)).param("id", id).update();
        step(id, "ACCEPTED", user.getUsername(), null);
        audit.updated("RectificationTask", id, "核验通过整改任务 " + id, Map.of("status", "ANSWERED"),
                Map.of("status", "CLOSED"));
        events.publishEvent(new RectificationVerified(id, task.year(), task.branchId(), task.unitId(),
                user.displayName()));
        return load(id);
    }

    /** The verifier does not accept the answer and reopens the task, saying why. */
    public RectificationTask reopen(long id, String reason, CurrentUser user) {
        RectificationTask task = load(id);
        RectificationRules.verifying(user, task);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            throw new RectificationRefused("rectification.reasonMissing", MAX_TEXT);
        }
        jdbc.sql("update rectification_task set status = 'REOPENED', reopen_count = reopen_count + 1 where id = :id")
                .param("id", id).update();
        step(id, "REOPENED", user.getUsername(), why);
        audit.updated("RectificationTask", id, "退回整改任务 " + id + "：" + why, Map.of("status", "ANSWERED"),
                Map.of("status", "REOPENED"));
        events.publishEvent(new RectificationReopened(id, task.year(), task.branchId(), task.unitId(), why));
        return load(id);
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** A task for an account that may read it (the committee, its unit, its branch). */
    @Transactional(readOnly = true)
    public RectificationTask task(long id, CurrentUser user) {
        RectificationTask task = load(id);
        if (!RectificationRules.sees(user, task)) {
            throw new AccessDeniedException(user.getUsername() + " may not read rectification task " + id);
        }
        return task;
    }

    /** Whether the account may verify the task now (for the page's buttons; the server checks again). */
    public boolean mayVerify(RectificationTask task, CurrentUser user) {
        try {
            RectificationRules.verifying(user, task);
            return true;
        } catch (RectificationRefused refused) {
            return false;
        }
    }

    public boolean mayAnswer(RectificationTask task, CurrentUser user) {
        return RectificationRules.owns(user, task) && task.status().awaitsOwner();
    }

    /** The task's steps, oldest first, each with the evidence handed in with it. */
    @Transactional(readOnly = true)
    public List<RectificationTask.Step> history(long id, CurrentUser user) {
        task(id, user);
        List<RectificationTask.Evidence> evidence = jdbc.sql(
                        "select * from rectification_evidence where task_id = :id order by id")
                .param("id", id).query((rs, n) -> new RectificationTask.Evidence(rs.getLong("id"), rs.getLong("step_id"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes")))
                .list();
        return jdbc.sql("select * from rectification_step where task_id = :id order by id").param("id", id)
                .query((rs, n) -> {
                    long step = rs.getLong("id");
                    return new RectificationTask.Step(step, rs.getString("step"), rs.getString("actor"),
                            rs.getTimestamp("at").toInstant(), rs.getString("note"),
                            evidence.stream().filter(file -> file.stepId() == step).toList());
                })
                .list();
    }

    /** An evidence file for an account that may read its task. */
    @Transactional(readOnly = true)
    public InputStream openEvidence(long id, long evidenceId, CurrentUser user) {
        task(id, user);
        String key = jdbc.sql("select file_key from rectification_evidence where id = :evidence and task_id = :id")
                .param("evidence", evidenceId).param("id", id).query(String.class).optional()
                .orElseThrow(() -> new RectificationRefused("rectification.noSuchEvidence"));
        try {
            return files.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence file " + evidenceId + " cannot be read", e);
        }
    }

    RectificationTask load(long id) {
        return jdbc.sql(TaskRows.SELECT + " where t.id = :id").param("id", id).query((rs, n) -> rows.read(rs))
                .optional().orElseThrow(() -> new RectificationRefused("rectification.noSuchTask", id));
    }

    long step(long taskId, String step, String actor, String note) {
        jdbc.sql("insert into rectification_step (task_id, step, actor, at, note) values (:task, :step, :actor, :at, :note)")
                .param("task", taskId).param("step", step).param("actor", actor)
                .param("at", Timestamp.from(clock.instant())).param("note", note).update();
        return jdbc.sql("select max(id) from rectification_step where task_id = :task").param("task", taskId)
                .query(Long.class).single();
    }

    private int evidenceOfLatestAnswer(long id) {
        return jdbc.sql("""
                        select count(*) from rectification_evidence where step_id = (
                            select max(id) from rectification_step where task_id = :id and step = 'ANSWERED')""")
                .param("id", id).query(Integer.class).single();
    }

    /** The branch's id and its unit's id. */
    private long[] branchScope(String branchCode) {
        return jdbc.sql("select id, unit_id from party_organization where code = :code and type = 'BRANCH'")
                .param("code", branchCode == null ? "" : branchCode.strip())
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("unit_id")}).optional()
                .orElseThrow(() -> new RectificationRefused("rectification.noSuchBranch", branchCode));
    }

    private static void requireCommittee(CurrentUser user) {
        if (!user.isCommittee()) {
            throw new AccessDeniedException("only the committee adds rectification tasks by hand");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
