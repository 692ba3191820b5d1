package org.xingping.rectification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.platform.AuditLog;
import org.xingping.platform.Notifications;
import org.xingping.platform.Role;
import org.xingping.platform.XingPingProperties;
import org.xingping.rectification.RectificationEvents.RectificationAnswered;
import org.xingping.rectification.RectificationEvents.RectificationReopened;
import org.xingping.rectification.RectificationEvents.RectificationTaskOpened;
import org.xingping.rectification.RectificationEvents.RectificationVerified;

/**
 * Tells people what a task's step means for them, and every morning reminds the owners of tasks
 * due within three working days and escalates overdue ones to the unit's party committee and the
 * 工委. Overdue is a flag, not a state: the sweep only notes when it reminded and escalated, once
 * per task and kind (the notifications' dedupe keys keep it single across instances and restarts).
 */
@Component
public class RectificationNotifier {

    /** How many working days before the deadline the owner is reminded. */
    public static final int REMIND_BEFORE = 3;

    private final Notifications notifications;
    private final RectificationTasks tasks;
    private final TaskRows rows;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final XingPingProperties properties;
    private final Clock clock;

    RectificationNotifier(Notifications notifications, RectificationTasks tasks, TaskRows rows,
            WorkingCalendar calendar, JdbcClient jdbc, XingPingProperties properties, Clock clock) {
        this.notifications = notifications;
        this.tasks = tasks;
        this.rows = rows;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RectificationTaskOpened opened) {
        toOwner(tasks.load(opened.taskId()), "rectification.notice.opened");
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RectificationAnswered answered) {
        RectificationTask task = tasks.load(answered.taskId());
        String link = link(task);
        if (task.verifiedByCommittee()) {
            toCommittee(link, null, "rectification.notice.answered", task.ownerName(), task.text());
        } else {
            notifications.toUnitCommittee(task.unitId(), link, null, "rectification.notice.answered",
                    task.ownerName(), task.text());
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RectificationVerified verified) {
        toOwner(tasks.load(verified.taskId()), "rectification.notice.verified");
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RectificationReopened reopened) {
        toOwner(tasks.load(reopened.taskId()), "rectification.notice.reopened");
    }

    /** Every morning (the same hour as the declaration reminders). */
    @Scheduled(cron = "${xingping.reminders.cron:0 0 8 * * *}")
    @Transactional
    public void sweepEveryMorning() {
        if (properties.headless()) {
            return;
        }
        sweep(LocalDate.now(clock));
    }

    /** Reminders and escalations due on {@code today}; answers how many of each were sent. */
    @Transactional
    public int[] sweep(LocalDate today) {
        List<RectificationTask> waiting = jdbc.sql(TaskRows.SELECT
                        + " where t.status in ('OPEN', 'REOPENED') and (t.reminded_at is null or t.escalated_at is null)")
                .query((rs, n) -> rows.read(rs)).list();
        int reminded = 0;
        int escalated = 0;
        for (RectificationTask task : waiting) {
            if (task.overdueOn(today)) {
                if (task.escalatedAt() == null) {
                    escalate(task);
                    escalated++;
                }
            } else if (task.remindedAt() == null && calendar.workingDaysBetween(today, task.deadline()) <= REMIND_BEFORE) {
                remind(task, today);
                reminded++;
            }
        }
        return new int[] {reminded, escalated};
    }

    private void remind(RectificationTask task, LocalDate today) {
        if (claim(task, "reminded_at", "REMINDED", "截止 " + task.deadline())) {
            toOwner(task, "rectification:remind:" + task.id(), "rectification.notice.dueSoon", task.text(),
                    task.deadline().toString(), String.valueOf(calendar.workingDaysBetween(today, task.deadline())));
        }
    }

    private void escalate(RectificationTask task) {
        if (!claim(task, "escalated_at", "ESCALATED", "逾期（截止 " + task.deadline() + "），已报单位党委和工委")) {
            return;
        }
        String dedupe = "rectification:escalate:" + task.id();
        notifications.toUnitCommittee(task.unitId(), link(task), dedupe, "rectification.notice.overdue",
                task.ownerName(), task.text(), task.deadline().toString());
        toCommittee(link(task), dedupe, "rectification.notice.overdue", task.ownerName(), task.text(),
                task.deadline().toString());
    }

    /**
     * Notes the reminder or escalation on the task unless another instance's sweep already did:
     * the conditional update is the claim, so the step is kept once however many sweeps run.
     */
    private boolean claim(RectificationTask task, String column, String step, String note) {
        int claimed = jdbc.sql("update rectification_task set " + column + " = :at where id = :id and " + column
                        + " is null")
                .param("at", Timestamp.from(clock.instant())).param("id", task.id()).update();
        if (claimed == 1) {
            tasks.step(task.id(), step, AuditLog.SYSTEM_ACTOR, note);
        }
        return claimed == 1;
    }

    private void toOwner(RectificationTask task, String messageKey) {
        toOwner(task, null, messageKey, task.text());
    }

    /** The branch's secretaries, or for a unit's own task its party committee. */
    private void toOwner(RectificationTask task, String dedupe, String messageKey, Object... arguments) {
        if (task.ofUnit()) {
            notifications.toUnitCommittee(task.unitId(), link(task), dedupe, messageKey, arguments);
        } else {
            notifications.toBranch(task.branchId(), link(task), dedupe, messageKey, arguments);
        }
    }

    private void toCommittee(String link, String dedupe, String messageKey, Object... arguments) {
        notifications.toRole(Role.COMMITTEE_ADMINISTRATOR, link, dedupe, messageKey, arguments);
        notifications.toRole(Role.COMMITTEE_LEADER, link, dedupe, messageKey, arguments);
    }

    private static String link(RectificationTask task) {
        return "/rectification/tasks/" + task.id();
    }
}
