package org.xingping.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.AuditAction;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccount;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.FileType;
import org.xingping.platform.files.FileUploads;

/**
 * Objections (异议) to a notice: received from the public form while the notice runs, guarded
 * against automated filling, and handled by the committee (assign, investigate, hold, answer).
 * A refused objection leaves nothing behind: one transaction, and files stored for it are removed.
 */
@Service
@Transactional
public class Objections {

    public static final int MAX_NAME = 40;
    public static final int MAX_UNIT = 200;
    public static final int MAX_FACTS = 2000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_ATTACHMENTS = 3;
    /** Each attachment and the seal: a photo or a scanned page, not a video. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** Objections one address may send in {@link #RATE_WINDOW}. */
    public static final int RATE_LIMIT = 3;
    static final Duration RATE_WINDOW = Duration.ofHours(1);
    static final Set<FileType> SEAL_TYPES = Set.of(FileType.JPEG, FileType.PNG);
    static final Set<FileType> ATTACHMENT_TYPES = Set.of(FileType.JPEG, FileType.PNG, FileType.PDF, FileType.DOCX);
    /** What an objection received in writing records as its address: it came by no network. */
    static final String LETTER_ADDRESS = "letter";
    /** Who the audit log names for what the public sends. */
    static final String PUBLIC_ACTOR = "public";

    /** The committee's answer to an objection. */
    public enum Outcome {
        UPHOLD, REJECT
    }

    private final JdbcClient jdbc;
    private final PublicNotices notices;
    private final CampaignManagement campaigns;
    private final RatingDecisions decisions;
    private final FormTokens tokens;
    private final FileUploads uploads;
    private final FileStore files;
    private final UserAccountManagement accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Objections(JdbcClient jdbc, PublicNotices notices, CampaignManagement campaigns, RatingDecisions decisions,
            FormTokens tokens, FileUploads uploads, FileStore files, UserAccountManagement accounts, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.tokens = tokens;
        this.uploads = uploads;
        this.files = files;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A fresh signed token for the objection form of the year's notice. */
    @Transactional(readOnly = true)
    public String formToken(int year) {
        return tokens.issue(year);
    }

    /**
     * Receives an objection while the notice's period runs, and answers its receipt number. Refused,
     * with the reason, when the notice does not receive objections, the form was filled by a script
     * (the hidden field, a token too fast, too old or used), the address sent too many, or a field or
     * a file is wrong.
     */
    public Objection receive(int year, ObjectionSubmission submission) {
        Campaign campaign = campaigns.find(year)
                .orElseThrow(() -> new NoticeRefused("publicNotice.notOpened", String.valueOf(year)));
        // Locks the notice: receipt numbers follow one another, and closing waits for a receipt.
        PublicNotice notice = notices.lock(campaign);
        requireReceiving(notice);
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            throw new NoticeRefused("objection.automated");
        }
        tokens.use(year, submission.token());
        String address = submission.remoteAddress() == null ? "unknown" : submission.remoteAddress();
        long recent = jdbc.sql("select count(*) from objection where remote_address = :address and received_at > :since")
                .param("address", address).param("since", Timestamp.from(clock.instant().minus(RATE_WINDOW)))
                .query(Long.class).single();
        if (recent >= RATE_LIMIT) {
            throw new NoticeRefused("objection.tooMany", String.valueOf(RATE_LIMIT));
        }
        return store(campaign, submission, address, clock.instant(), PUBLIC_ACTOR);
    }

    /**
     * Registers an objection that came in writing (a letter, or handed in at the 工委's office) on the
     * day it was received: the committee types it in with its seal and attachments scanned. The day
     * must fall within the notice's period and not after today; the checks of the form's fields and
     * files are the public form's, the guards against scripts are not needed for a person at a desk.
     */
    public Objection register(int year, LocalDate receivedOn, ObjectionSubmission letter, CurrentUser user) {
        PublicNotices.requireCommittee(user);
        Campaign campaign = campaigns.find(year)
                .orElseThrow(() -> new NoticeRefused("publicNotice.notOpened", String.valueOf(year)));
        PublicNotice notice = notices.lock(campaign);
        if (notice.closed()) {
            throw new NoticeRefused("objection.noticeClosed", String.valueOf(year));
        }
        if (receivedOn == null || receivedOn.isBefore(notice.startsOn()) || receivedOn.isAfter(notice.endsOn())
                || receivedOn.isAfter(notices.today())) {
            throw new NoticeRefused("objection.letterDay", receivedOn == null ? "" : receivedOn.toString(),
                    notice.startsOn().toString(), notice.endsOn().toString());
        }
        // The day it came, at the start of the office's day: letters are dated, not timed.
        Instant received = receivedOn.atTime(9, 0).atZone(clock.getZone()).toInstant();
        return store(campaign, letter, LETTER_ADDRESS, received, user.getUsername());
    }

    /** Checks an objection's fields and files and stores it, all or nothing, with its receipt number. */
    private Objection store(Campaign campaign, ObjectionSubmission submission, String address, Instant receivedAt,
            String actor) {
        int year = campaign.getYear();
        String name = PublicNotices.required(submission.name(), "objection.nameRequired", MAX_NAME,
                "objection.nameTooLong");
        String phone = PhoneNumbers.normalise(submission.phone()).orElseThrow(() -> submission.phone() == null
                || submission.phone().isBlank() ? new NoticeRefused("objection.phoneRequired")
                : new NoticeRefused("objection.phoneInvalid", submission.phone().strip()));
        DecidedBranch branch = listedBranch(year, submission.branchCode());
        String facts = PublicNotices.required(submission.facts(), "objection.factsRequired", MAX_FACTS,
                "objection.factsTooLong");
        String unit = submission.fromUnit() ? PublicNotices.required(submission.objectorUnit(),
                "objection.unitRequired", MAX_UNIT, "objection.unitTooLong") : null;
        if (unit != null && submission.seal() == null) {
            throw new NoticeRefused("objection.sealRequired");
        }
        if (submission.attachments().size() > MAX_ATTACHMENTS) {
            throw new NoticeRefused("objection.tooManyFiles", String.valueOf(MAX_ATTACHMENTS));
        }

        int sequence = jdbc.sql("select coalesce(max(sequence), 0) + 1 from objection where campaign_id = :c")
                .param("c", campaign.getId()).query(Integer.class).single();
        String receipt = "YY%d-%04d".formatted(year, sequence);
        long branchId = jdbc.sql("select id from party_organization where code = :code")
                .param("code", branch.branchCode()).query(Long.class).single();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into objection (campaign_id, sequence, receipt, branch_id, objector_name, phone,
                                               objector_unit, facts, status, on_hold, remote_address, received_at)
                        values (:c, :sequence, :receipt, :branch, :name, :phone, :unit, :facts, 'RECEIVED', false,
                                :address, :at)""")
                .param("c", campaign.getId()).param("sequence", sequence).param("receipt", receipt)
                .param("branch", branchId).param("name", name).param("phone", phone).param("unit", unit)
                .param("facts", facts).param("address", address).param("at", Timestamp.from(receivedAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        List<String> stored = removedUnlessCommitted();
        if (unit != null) {
            storeFile(id, "SEAL", submission.seal(), SEAL_TYPES, stored);
        }
        for (ObjectionSubmission.Upload attachment : submission.attachments()) {
            storeFile(id, "ATTACHMENT", attachment, ATTACHMENT_TYPES, stored);
        }
        String who = unit == null ? name : name + "（" + unit + "）";
        step(id, LETTER_ADDRESS.equals(address) ? "REGISTERED" : "RECEIVED", who, actor);
        audit.record(AuditAction.CREATED, actor, "Objection", receipt,
                "收到异议 " + receipt + "：支部 " + branch.branchCode() + " " + branch.branchName(), null,
                Map.of("branch", branch.branchCode(), "objector", name, "unit", unit == null ? "" : unit,
                        "files", stored.size(), "channel", LETTER_ADDRESS.equals(address) ? "letter" : "web"));
        events.publishEvent(new ObjectionReceived(year, receipt, branch.branchCode()));
        return find(id).orElseThrow();
    }

    /** The objections of the year's notice, oldest first, of one status or all. */
    @Transactional(readOnly = true)
    public List<Objection> list(int year, ObjectionStatus status, CurrentUser user) {
        PublicNotices.requireCommittee(user);
        // Two statements rather than ":status is null": PostgreSQL cannot type a null parameter there.
        String where = status == null ? " where o.campaign_id = :c" : " where o.campaign_id = :c and o.status = :status";
        return campaigns.find(year).map(campaign -> {
            JdbcClient.StatementSpec spec = jdbc.sql(SELECT + where + " order by o.sequence").param("c", campaign.getId());
            if (status != null) {
                spec = spec.param("status", status.name());
            }
            return spec.query(this::objection).list();
        }).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Objection get(int year, long id, CurrentUser user) {
        PublicNotices.requireCommittee(user);
        return find(id).filter(objection -> objection.year() == year)
                .orElseThrow(() -> new NoticeRefused("objection.notFound"));
    }

    @Transactional(readOnly = true)
    public List<Objection.File> files(int year, long id, CurrentUser user) {
        get(year, id, user);
        return jdbc.sql("select * from objection_file where objection_id = :id order by id").param("id", id)
                .query((rs, row) -> new Objection.File(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size"), rs.getString("file_key")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Objection.Step> steps(int year, long id, CurrentUser user) {
        get(year, id, user);
        return jdbc.sql("select * from objection_step where objection_id = :id order by id").param("id", id)
                .query((rs, row) -> new Objection.Step(rs.getString("step"), rs.getString("detail"),
                        rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public InputStream openFile(Objection.File file) {
        try {
            return files.open(file.key());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file.fileName(), e);
        }
    }

    /** The committee's accounts an objection may be given to. */
    @Transactional(readOnly = true)
    public List<UserAccount> assignees() {
        List<UserAccount> people = new ArrayList<>();
        for (Role role : List.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER)) {
            accounts.search(null, role, PageRequest.of(0, 200)).forEach(people::add);
        }
        return people.stream().filter(UserAccount::isEnabled).toList();
    }

    /** Gives the objection to a committee member to investigate. */
    public void assign(int year, long id, String username, CurrentUser user) {
        Objection objection = handling(year, id, user);
        UserAccount assignee = accounts.findByUsername(username == null ? "" : username.strip())
                .filter(account -> Role.COMMITTEE.contains(account.getRole()) && account.isEnabled())
                .orElseThrow(() -> new NoticeRefused("objection.assigneeNotCommittee", String.valueOf(username)));
        jdbc.sql("update objection set assignee = :who, status = 'INVESTIGATING' where id = :id")
                .param("who", assignee.getUsername()).param("id", id).update();
        step(id, "ASSIGNED", assignee.getDisplayName() + "（" + assignee.getUsername() + "）", user.getUsername());
        audit.updated("Objection", objection.receipt(), "异议 " + objection.receipt() + " 交由 " + assignee.getUsername()
                + " 调查", objection.assignee(), assignee.getUsername());
    }

    /** Records what the investigation found so far. */
    public void note(int year, long id, String text, CurrentUser user) {
        Objection objection = handling(year, id, user);
        String note = PublicNotices.required(text, "objection.noteRequired", MAX_NOTE, "objection.noteTooLong");
        jdbc.sql("update objection set status = 'INVESTIGATING' where id = :id").param("id", id).update();
        step(id, "NOTE", note, user.getUsername());
        audit.updated("Objection", objection.receipt(), "异议 " + objection.receipt() + " 调查记录", null,
                Map.of("note", note));
    }

    /** Puts the branch on hold: it leaves the list to be named until the answer. */
    public void hold(int year, long id, CurrentUser user) {
        Objection objection = handling(year, id, user);
        if (objection.onHold()) {
            throw new NoticeRefused("objection.alreadyOnHold", objection.receipt());
        }
        jdbc.sql("update objection set on_hold = true, status = 'INVESTIGATING' where id = :id").param("id", id)
                .update();
        step(id, "HOLD", objection.branchCode() + " " + objection.branchName(), user.getUsername());
        audit.updated("Objection", objection.receipt(), "异议 " + objection.receipt() + "：支部 "
                + objection.branchCode() + " 暂缓", false, true);
    }

    /**
     * Answers the objection, once, with a text: upheld sends the branch back to the decision board
     * with the answer as the reason; rejected releases the hold. Either way this objection no
     * longer holds the branch: an upheld branch is the decision's again (reopened), not the notice's.
     */
    public void answer(int year, long id, Outcome outcome, String text, CurrentUser user) {
        Objection objection = handling(year, id, user);
        if (outcome == null) {
            throw new NoticeRefused("objection.outcomeRequired");
        }
        String answer = PublicNotices.required(text, "objection.answerRequired", MAX_ANSWER, "objection.answerTooLong");
        ObjectionStatus status = outcome == Outcome.UPHOLD ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED;
        jdbc.sql("""
                        update objection set status = :status, on_hold = false, answer = :answer, answered_by = :by,
                                             answered_at = :at
                        where id = :id""")
                .param("status", status.name()).param("answer", answer).param("by", user.getUsername())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        if (outcome == Outcome.UPHOLD && !alreadyReopened(year, objection.branchCode())) {
            decisions.reopen(year, objection.branchCode(), "异议成立（" + objection.receipt() + "）：" + answer, user);
        }
        step(id, status.name(), answer, user.getUsername());
        audit.updated("Objection", objection.receipt(), "答复异议 " + objection.receipt() + "："
                + (outcome == Outcome.UPHOLD ? "异议成立" : "异议不成立"), objection.status().name(),
                Map.of("status", status.name(), "answer", answer));
        if (outcome == Outcome.UPHOLD) {
            events.publishEvent(new ObjectionUpheld(year, objection.receipt(), objection.branchCode(), answer));
        }
    }

    /** The reply letter (答复函) of an answered objection, as a Word document. */
    @Transactional(readOnly = true)
    public byte[] replyLetter(int year, long id, CurrentUser user) {
        Objection objection = get(year, id, user);
        if (!objection.answered()) {
            throw new NoticeRefused("objection.notAnswered", objection.receipt());
        }
        return ReplyLetter.docx(objection, notices.standardOf(year).issuer());
    }

    private Objection handling(int year, long id, CurrentUser user) {
        Objection objection = get(year, id, user);
        if (objection.answered()) {
            throw new NoticeRefused("objection.alreadyAnswered", objection.receipt());
        }
        return objection;
    }

    private boolean alreadyReopened(int year, String branchCode) {
        return decisions.confirmedResults(year).stream()
                .anyMatch(branch -> branch.branchCode().equals(branchCode) && branch.reopened());
    }

    private void requireReceiving(PublicNotice notice) {
        if (notice.closed()) {
            throw new NoticeRefused("objection.noticeClosed", String.valueOf(notice.year()));
        }
        if (notice.notYetStartedOn(notices.today())) {
            throw new NoticeRefused("objection.notYetOpen", notice.startsOn().toString());
        }
        if (notice.periodEndedBy(notices.today())) {
            throw new NoticeRefused("objection.periodOver", notice.endsOn().toString());
        }
    }

    /** A branch the notice lists: rated in the confirmed results. */
    private DecidedBranch listedBranch(int year, String code) {
        if (code == null || code.isBlank()) {
            throw new NoticeRefused("objection.branchRequired");
        }
        return decisions.confirmedResults(year).stream()
                .filter(branch -> branch.rated() && branch.branchCode().equals(code.strip())).findFirst()
                .orElseThrow(() -> new NoticeRefused("objection.branchNotListed", code.strip()));
    }

    /**
     * Keys of the files stored in this transaction, removed from the store unless it commits: a
     * refused objection (a later file disguised, say) must not leave the earlier files behind.
     */
    private List<String> removedUnlessCommitted() {
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    for (String key : keys) {
                        try {
                            files.delete(key);
                        } catch (IOException ignored) {
                            // an unreferenced file costs space only; the database never names it
                        }
                    }
                }
            }
        });
        return keys;
    }

    private void storeFile(long objectionId, String kind, ObjectionSubmission.Upload upload, Set<FileType> types,
            List<String> stored) {
        FileUploads.Accepted accepted;
        try {
            accepted = uploads.accept(upload.name(), upload.content().getInputStream(), types, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + upload.name(), e);
        }
        stored.add(accepted.file().key());
        jdbc.sql("""
                        insert into objection_file (objection_id, kind, file_key, file_name, content_type, size, sha256)
                        values (:objection, :kind, :key, :name, :type, :size, :sha)""")
                .param("objection", objectionId).param("kind", kind).param("key", accepted.file().key())
                .param("name", accepted.name()).param("type", accepted.type().contentType())
                .param("size", accepted.file().size()).param("sha", accepted.file().sha256()).update();
    }

    private void step(long objectionId, String step, String detail, String actor) {
        jdbc.sql("""
                        insert into objection_step (objection_id, step, detail, actor, occurred_at)
                        values (:id, :step, :detail, :actor, :at)""")
                .param("id", objectionId).param("step", step).param("detail", detail).param("actor", actor)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    private Optional<Objection> find(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(this::objection).optional();
    }

    private static final String SELECT = """
            select o.*, c.year, b.code as branch_code, b.name as branch_name, u.name as unit_name
            from objection o join campaign c on c.id = o.campaign_id
                 join party_organization b on b.id = o.branch_id join unit u on u.id = b.unit_id""";

    private Objection objection(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Objection(rs.getLong("id"), rs.getInt("year"), rs.getString("receipt"), rs.getString("branch_code"),
                rs.getString("branch_name"), rs.getString("unit_name"), rs.getString("objector_name"),
                rs.getString("phone"), rs.getString("objector_unit"), rs.getString("facts"),
                ObjectionStatus.valueOf(rs.getString("status")), rs.getBoolean("on_hold"), rs.getString("assignee"),
                rs.getString("answer"), rs.getString("answered_by"), answeredAt == null ? null : answeredAt.toInstant(),
                rs.getTimestamp("received_at").toInstant());
    }

    /** How many objections of each status, for the notice's page. */
    @Transactional(readOnly = true)
    public Map<ObjectionStatus, Long> counts(int year, CurrentUser user) {
        Map<ObjectionStatus, Long> counts = new LinkedHashMap<>();
        for (ObjectionStatus status : ObjectionStatus.values()) {
            counts.put(status, 0L);
        }
        list(year, null, user).forEach(objection -> counts.merge(objection.status(), 1L, Long::sum));
        return counts;
    }
}
