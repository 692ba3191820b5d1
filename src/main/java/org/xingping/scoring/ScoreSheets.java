package org.xingping.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.observation.Itinerary;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.FileType;
import org.xingping.platform.files.FileUploads;
import org.xingping.standard.BranchRecord;
import org.xingping.standard.DeclaredTarget;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.IllegalScoreValue;
import org.xingping.standard.Item;
import org.xingping.standard.LevelHistory;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.RatingEngine;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;

/**
 * The observers' score sheets. A sheet opens only for an observer whose group's published plan
 * visits the branch and who is not recused from it; each value is checked by the item's rule,
 * applied once whatever the network does (the request key), applied only over the value the
 * device last saw (the version), and written to the append-only ledger in the same transaction.
 */
@Service
@Transactional
public class ScoreSheets {

    /** The largest photo, after the phone has resized it. */
    public static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    static final Set<FileType> PHOTO_TYPES = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP);
    private static final int POINTS_SCALE = 4;
    private static final Pattern REQUEST_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final ObservationManagement observation;
    private final DeclarationManagement declarations;
    private final OrganizationManagement registry;
    private final FileUploads uploads;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    ScoreSheets(JdbcClient jdbc, CampaignManagement campaigns, ObservationManagement observation,
            DeclarationManagement declarations, OrganizationManagement registry, FileUploads uploads, FileStore files,
            AuditLog audit, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.observation = observation;
        this.declarations = declarations;
        this.registry = registry;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
    }

    // --- opening --------------------------------------------------------------------------------------

    /**
     * The signed-in observer's sheet of a branch, made on first opening. Refused unless their
     * group's published plan visits the branch and they are not recused from it.
     */
    public ScoreSheet open(int year, String branchCode, CurrentUser user) {
        Campaign campaign = campaigns.require(year);
        Visit visit = visitOf(year, branchCode, user);
        Observer observer = observation.observerOf(user).orElseThrow();
        long observerId = observerId(observer);
        long branchId = registry.organizationByCode(branchCode).map(PartyOrganization::getId).orElseThrow();
        Optional<Long> existing = sheetId(campaign.getId(), branchId, observerId);
        if (existing.isPresent()) {
            return sheet(existing.get());
        }
        try {
            jdbc.sql("""
                            insert into score_sheet (campaign_id, branch_id, unit_code, group_number, observer_id, status,
                                                     created_at)
                            values (:campaign, :branch, :unit, :group, :observer, 'OPEN', :at)""")
                    .param("campaign", campaign.getId()).param("branch", branchId).param("unit", visit.unitCode())
                    .param("group", visit.group()).param("observer", observerId)
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException openedOnAnotherDevice) {
            // The same observer opened the sheet on a second device at the same moment: one sheet.
        }
        return sheet(sheetId(campaign.getId(), branchId, observerId).orElseThrow());
    }

    /** A sheet as its own observer reads it; anyone else is refused. */
    @Transactional(readOnly = true)
    public ScoreSheet mine(long sheetId, CurrentUser user) {
        ScoreSheet sheet = sheet(sheetId);
        if (!user.getUsername().equals(sheet.username())) {
            throw new AccessDeniedException("sheet " + sheetId + " is not " + user.getUsername() + "'s");
        }
        return sheet;
    }

    /** The visit of the user's group to the branch in the published plan, never one they are recused from. */
    @Transactional(readOnly = true)
    public Visit visitOf(int year, String branchCode, CurrentUser user) {
        Itinerary itinerary = observation.itinerary(year, user)
                .orElseThrow(() -> new ScoringRefused("scoring.notInPlan", branchCode));
        return itinerary.visits().stream().filter(visit -> branchCode.equals(visit.branchCode())).findFirst()
                .orElseThrow(() -> new ScoringRefused("scoring.notInPlan", branchCode));
    }

    @Transactional(readOnly = true)
    public RatingStandard standardOf(int year) {
        return declarations.standardOfCampaign(campaigns.require(year));
    }

    // --- entering values --------------------------------------------------------------------------------

    /**
     * Enters one item's value. A key seen before answers what it answered then; a value changed
     * since the device's version is a conflict, not an overwrite; after submitting, a reason is needed.
     */
    public SaveOutcome enter(long sheetId, ValueChange change, CurrentUser user) {
        requireKey(change.requestKey());
        // Only what a save needs of the sheet: not its findings, photos and every value (issue 6's load benchmark).
        SheetState sheet = state(sheetId, user);
        Optional<SaveOutcome> replay = replay(sheet, change.requestKey());
        if (replay.isPresent()) {
            return replay.get();
        }
        if (sheet.status() == SheetStatus.FINALISED) {
            throw new ScoringRefused("scoring.finalised");
        }
        String reason = change.reason() == null ? "" : change.reason().strip();
        if (sheet.status() == SheetStatus.SUBMITTED && reason.isEmpty()) {
            throw new ScoringRefused("scoring.reasonAfterSubmit");
        }
        RatingStandard standard = standardOf(sheet.year());
        Item item = standard.item(change.itemCode())
                .orElseThrow(() -> new ScoringRefused("scoring.unknownItem", change.itemCode()));
        String value = change.value() == null ? "" : change.value().strip();
        BigDecimal points;
        try {
            // Kept as the ledger's column keeps it, so a value reads the same before and after storing.
            points = item.score(value).setScale(POINTS_SCALE, RoundingMode.UNNECESSARY);
        } catch (IllegalScoreValue wrong) {
            throw new ScoringRefused("scoring.valueRefused", item.code(), item.name(), wrong.getMessage());
        }
        Optional<SheetValue> current = value(sheetId, item.code());
        int version = current.map(SheetValue::version).orElse(0);
        if (version != change.baseVersion()) {
            return outcome(SaveOutcome.Kind.CONFLICT, sheet.id(), current.orElseThrow(), standard);
        }
        if (current.isPresent() && current.get().value().equals(value)) {
            return outcome(SaveOutcome.Kind.SAVED, sheet.id(), current.get(), standard);
        }
        int updated = current.isPresent()
                ? jdbc.sql("""
                                update sheet_value set value = :value, points = :points, version = version + 1
                                where sheet_id = :sheet and item_code = :item and version = :version""")
                        .param("value", value).param("points", points).param("sheet", sheetId)
                        .param("item", item.code()).param("version", version).update()
                : insertFirst(sheetId, item.code(), value, points);
        if (updated == 0) {
            // Another device's change landed between our read and our write.
            SheetValue now = value(sheetId, item.code()).orElseThrow();
            return outcome(SaveOutcome.Kind.CONFLICT, sheetId, now, standard);
        }
        try {
            jdbc.sql("""
                            insert into score_ledger (sheet_id, item_code, old_value, new_value, new_points, version,
                                                      reason, entered_by, entered_at, request_key)
                            values (:sheet, :item, :old, :new, :points, :version, :reason, :by, :at, :key)""")
                    .param("sheet", sheetId).param("item", item.code())
                    .param("old", current.map(SheetValue::value).orElse(null)).param("new", value)
                    .param("points", points).param("version", version + 1)
                    .param("reason", reason.isEmpty() ? null : reason).param("by", user.getUsername())
                    .param("at", Timestamp.from(clock.instant())).param("key", change.requestKey()).update();
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // The same change arrived twice at once: the other request applied it; undo ours.
            throw new ResentWhileApplying();
        }
        return outcome(SaveOutcome.Kind.SAVED, sheetId, new SheetValue(item.code(), value, points, version + 1),
                standard);
    }

    /**
     * The same change arriving twice at the same moment: the second rolls back and is answered as
     * the replay it is, by the caller, once the first has committed.
     */
    public static final class ResentWhileApplying extends RuntimeException {
        ResentWhileApplying() {
            super("resent while applying", null, false, false);
        }
    }

    /** Answers a change resent after the first arrived: what the first did. */
    @Transactional(readOnly = true)
    public SaveOutcome replayed(long sheetId, ValueChange change, CurrentUser user) {
        return replay(state(sheetId, user), change.requestKey()).orElseThrow();
    }

    private Optional<SaveOutcome> replay(SheetState sheet, String requestKey) {
        return jdbc.sql("select sheet_id, item_code from score_ledger where request_key = :key")
                .param("key", requestKey)
                .query((rs, n) -> {
                    if (rs.getLong("sheet_id") != sheet.id()) {
                        throw new ScoringRefused("scoring.forgedKey");
                    }
                    return rs.getString("item_code");
                })
                .optional()
                .map(item -> outcome(SaveOutcome.Kind.ALREADY_SAVED, sheet.id(),
                        value(sheet.id(), item).orElseThrow(), standardOf(sheet.year())));
    }

    private int insertFirst(long sheetId, String itemCode, String value, BigDecimal points) {
        try {
            return jdbc.sql("insert into sheet_value (sheet_id, item_code, value, points, version)"
                            + " values (:sheet, :item, :value, :points, 1)")
                    .param("sheet", sheetId).param("item", itemCode).param("value", value).param("points", points)
                    .update();
        } catch (DuplicateKeyException enteredOnAnotherDevice) {
            return 0;
        }
    }

    private SaveOutcome outcome(SaveOutcome.Kind kind, long sheetId, SheetValue current, RatingStandard standard) {
        return jdbc.sql("select count(*) as scored, coalesce(sum(points), 0) as total from sheet_value where sheet_id = :id")
                .param("id", sheetId)
                .query((rs, n) -> new SaveOutcome(kind, current, rs.getBigDecimal("total"), rs.getInt("scored"),
                        standard.items().size()))
                .single();
    }

    /** Keeps the sheet's notes, unless another device changed them since {@code baseVersion}. */
    public boolean saveNotes(long sheetId, String notes, int baseVersion, CurrentUser user) {
        ScoreSheet sheet = mine(sheetId, user);
        requireEditable(sheet);
        String text = notes == null ? "" : notes.strip();
        if (text.length() > 4000) {
            throw new ScoringRefused("scoring.notesTooLong", 4000);
        }
        return jdbc.sql("update score_sheet set notes = :notes, notes_version = notes_version + 1"
                        + " where id = :id and notes_version = :version")
                .param("notes", text).param("id", sheetId).param("version", baseVersion).update() == 1;
    }

    // --- findings and photos ----------------------------------------------------------------------------

    /** Records a highlight or a problem; a problem names an item of the standard and a severity. */
    public long addFinding(long sheetId, Finding.Kind kind, String itemCode, Finding.Severity severity, String text,
            String requestKey, CurrentUser user) {
        requireKey(requestKey);
        ScoreSheet sheet = mine(sheetId, user);
        Optional<Long> seen = jdbc.sql("select id from sheet_finding where request_key = :key")
                .param("key", requestKey).query(Long.class).optional();
        if (seen.isPresent()) {
            return seen.get();
        }
        requireEditable(sheet);
        String words = text == null ? "" : text.strip();
        if (words.isEmpty() || words.length() > 500) {
            throw new ScoringRefused("scoring.findingTextInvalid", 500);
        }
        String item = itemCode == null || itemCode.isBlank() ? null : itemCode.strip();
        if (item != null && standardOf(sheet.year()).item(item).isEmpty()) {
            throw new ScoringRefused("scoring.unknownItem", item);
        }
        if (kind == Finding.Kind.PROBLEM && (item == null || severity == null)) {
            throw new ScoringRefused("scoring.problemNeedsItem");
        }
        jdbc.sql("""
                        insert into sheet_finding (sheet_id, kind, item_code, severity, text, created_by, created_at,
                                                   request_key)
                        values (:sheet, :kind, :item, :severity, :text, :by, :at, :key)""")
                .param("sheet", sheetId).param("kind", kind.name()).param("item", item)
                .param("severity", kind == Finding.Kind.PROBLEM ? severity.name() : null).param("text", words)
                .param("by", user.getUsername()).param("at", Timestamp.from(clock.instant())).param("key", requestKey)
                .update();
        return jdbc.sql("select id from sheet_finding where request_key = :key").param("key", requestKey)
                .query(Long.class).single();
    }

    /** Removes a finding the observer recorded by mistake, with its photos' link (the photos stay on the sheet). */
    public void removeFinding(long sheetId, long findingId, CurrentUser user) {
        ScoreSheet sheet = mine(sheetId, user);
        requireEditable(sheet);
        jdbc.sql("update sheet_photo set finding_id = null where finding_id = :id and sheet_id = :sheet")
                .param("id", findingId).param("sheet", sheetId).update();
        int removed = jdbc.sql("delete from sheet_finding where id = :id and sheet_id = :sheet")
                .param("id", findingId).param("sheet", sheetId).update();
        if (removed == 1) {
            audit.deleted("SheetFinding", findingId, "删除评分表 " + sheetId + " 的一条记录", null);
        }
    }

    /** Keeps a photo (JPEG, PNG or WebP by its content, at most 5 MB) with the sheet or one of its findings. */
    public long addPhoto(long sheetId, Long findingId, String name, InputStream content, String requestKey,
            CurrentUser user) {
        requireKey(requestKey);
        ScoreSheet sheet = mine(sheetId, user);
        Optional<Long> seen = jdbc.sql("select id from sheet_photo where request_key = :key")
                .param("key", requestKey).query(Long.class).optional();
        if (seen.isPresent()) {
            return seen.get();
        }
        requireEditable(sheet);
        if (findingId != null && sheet.findings().stream().noneMatch(finding -> finding.id() == findingId)) {
            throw new ScoringRefused("scoring.findingNotOnSheet");
        }
        FileUploads.Accepted photo = uploads.accept(name, content, PHOTO_TYPES, MAX_PHOTO_BYTES);
        jdbc.sql("""
                        insert into sheet_photo (sheet_id, finding_id, file_key, content_type, size_bytes, created_by,
                                                 created_at, request_key)
                        values (:sheet, :finding, :key, :type, :size, :by, :at, :request)""")
                .param("sheet", sheetId).param("finding", findingId).param("key", photo.file().key())
                .param("type", photo.type().contentType()).param("size", photo.file().size())
                .param("by", user.getUsername()).param("at", Timestamp.from(clock.instant()))
                .param("request", requestKey).update();
        return jdbc.sql("select id from sheet_photo where request_key = :key").param("key", requestKey)
                .query(Long.class).single();
    }

    /** A photo's bytes for the observer whose sheet holds it. */
    @Transactional(readOnly = true)
    public InputStream openPhoto(long sheetId, long photoId, CurrentUser user) {
        mine(sheetId, user);
        String key = jdbc.sql("select file_key from sheet_photo where id = :id and sheet_id = :sheet")
                .param("id", photoId).param("sheet", sheetId).query(String.class).optional()
                .orElseThrow(() -> new ScoringRefused("scoring.photoNotFound"));
        try {
            return files.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException("photo " + photoId + " cannot be read", e);
        }
    }

    // --- submitting -------------------------------------------------------------------------------------

    /** Hands the sheet in once every item has a value; later changes need a reason. */
    public ScoreSheet submit(long sheetId, CurrentUser user) {
        ScoreSheet sheet = mine(sheetId, user);
        if (sheet.status() != SheetStatus.OPEN) {
            return sheet;
        }
        List<String> missing = standardOf(sheet.year()).items().stream().map(Item::code)
                .filter(code -> !sheet.values().containsKey(code)).toList();
        if (!missing.isEmpty()) {
            throw new ScoringRefused("scoring.incomplete", missing.size(), String.join("、", missing));
        }
        jdbc.sql("update score_sheet set status = 'SUBMITTED', submitted_at = :at where id = :id and status = 'OPEN'")
                .param("at", Timestamp.from(clock.instant())).param("id", sheetId).update();
        audit.updated("ScoreSheet", sheetId, "提交评分表：" + sheet.branchCode() + " " + sheet.observerName(), null,
                Map.of("total", sheet.total()));
        return sheet(sheetId);
    }

    /** The standard's total for a complete sheet, as the engine computes it (caps, parts, rounding). */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> engineTotal(ScoreSheet sheet) {
        RatingStandard standard = standardOf(sheet.year());
        if (sheet.values().size() != standard.items().size() || standard.usesAppraisal()) {
            return Optional.empty();
        }
        Optional<DeclarationRow> declared = declarationOf(sheet.year(), sheet.branchCode());
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        ObservedScores.Builder observed = ObservedScores.builder(standard);
        sheet.values().values().forEach(value -> observed.add(value.itemCode(), value.points()));
        DeclaredTarget target = new DeclaredTarget(declared.get().kind(), StarLevel.of(declared.get().currentLevel()),
                StarLevel.of(declared.get().targetLevel()));
        try {
            return Optional.of(new RatingEngine(standard).score(new BranchRecord(sheet.branchCode(), target,
                    observed.build(), Optional.empty(), Set.of(), Set.of(), LevelHistory.NONE)).total());
        } catch (EvaluationRefused cannotBeComputed) {
            return Optional.empty();
        }
    }

    /** The declaration of a branch in a campaign, which a sheet scores against. */
    @Transactional(readOnly = true)
    public Optional<DeclarationRow> declarationOf(int year, String branchCode) {
        return declarations.rows(campaigns.require(year).getId(),
                new DeclarationFilter(branchCode, null, null, null, null, null), DataScope.all()).stream()
                .filter(row -> row.branchCode().equals(branchCode)).findFirst();
    }

    // --- the ledger ---------------------------------------------------------------------------------------

    /** Every value ever entered for a branch in a campaign, by every observer, oldest first. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(int year, String branchCode) {
        Campaign campaign = campaigns.require(year);
        return jdbc.sql("""
                        select l.*, o.name as observer_name, s.group_number
                        from score_ledger l join score_sheet s on s.id = l.sheet_id
                             join observer o on o.id = s.observer_id
                             join party_organization b on b.id = s.branch_id
                        where s.campaign_id = :campaign and b.code = :branch
                        order by l.id""")
                .param("campaign", campaign.getId()).param("branch", branchCode)
                .query((rs, n) -> new LedgerEntry(rs.getLong("id"), rs.getLong("sheet_id"),
                        rs.getString("observer_name"), rs.getInt("group_number"), rs.getString("item_code"),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getBigDecimal("new_points"),
                        rs.getInt("version"), rs.getString("reason"), rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()))
                .list();
    }

    // --- reading ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ScoreSheet sheet(long sheetId) {
        return jdbc.sql("""
                        select s.*, c.year, b.code as branch_code, b.name as branch_name, u.name as unit_name,
                               o.name as observer_name, o.username
                        from score_sheet s join campaign c on c.id = s.campaign_id
                             join party_organization b on b.id = s.branch_id
                             join unit u on u.id = b.unit_id
                             join observer o on o.id = s.observer_id
                        where s.id = :id""")
                .param("id", sheetId)
                .query((rs, n) -> read(rs))
                .optional()
                .orElseThrow(() -> new ScoringRefused("scoring.sheetNotFound", sheetId));
    }

    private ScoreSheet read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<Finding.Photo> photos = jdbc.sql("select * from sheet_photo where sheet_id = :id order by id")
                .param("id", id)
                .query((row, n) -> new Finding.Photo(row.getLong("id"), (Long) row.getObject("finding_id", Long.class),
                        row.getString("content_type"), row.getLong("size_bytes"), row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
        List<Finding> findings = jdbc.sql("select * from sheet_finding where sheet_id = :id order by id")
                .param("id", id)
                .query((row, n) -> {
                    long findingId = row.getLong("id");
                    String severity = row.getString("severity");
                    return new Finding(findingId, Finding.Kind.valueOf(row.getString("kind")),
                            row.getString("item_code"), severity == null ? null : Finding.Severity.valueOf(severity),
                            row.getString("text"), row.getString("created_by"),
                            row.getTimestamp("created_at").toInstant(), photos.stream()
                                    .filter(photo -> photo.findingId() != null && photo.findingId() == findingId)
                                    .toList());
                })
                .list();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new ScoreSheet(id, rs.getInt("year"), rs.getString("branch_code"), rs.getString("branch_name"),
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("group_number"),
                rs.getString("observer_name"), rs.getString("username"), SheetStatus.valueOf(rs.getString("status")),
                rs.getString("notes"), rs.getInt("notes_version"), values(id), findings, photos,
                Optional.ofNullable(submitted).map(Timestamp::toInstant));
    }

    /** Whose a sheet is, its campaign's year and where it stands; refused to anyone but its observer. */
    private SheetState state(long sheetId, CurrentUser user) {
        SheetState sheet = jdbc.sql("""
                        select s.id, s.status, c.year, o.username
                        from score_sheet s join campaign c on c.id = s.campaign_id
                             join observer o on o.id = s.observer_id
                        where s.id = :id""")
                .param("id", sheetId)
                .query((rs, n) -> new SheetState(rs.getLong("id"), rs.getInt("year"),
                        SheetStatus.valueOf(rs.getString("status")), rs.getString("username")))
                .optional()
                .orElseThrow(() -> new ScoringRefused("scoring.sheetNotFound", sheetId));
        if (!user.getUsername().equals(sheet.username())) {
            throw new AccessDeniedException("sheet " + sheetId + " is not " + user.getUsername() + "'s");
        }
        return sheet;
    }

    private record SheetState(long id, int year, SheetStatus status, String username) {
    }

    private Optional<SheetValue> value(long sheetId, String itemCode) {
        return jdbc.sql("select * from sheet_value where sheet_id = :id and item_code = :item")
                .param("id", sheetId).param("item", itemCode)
                .query((rs, n) -> new SheetValue(rs.getString("item_code"), rs.getString("value"),
                        rs.getBigDecimal("points"), rs.getInt("version")))
                .optional();
    }

    private Map<String, SheetValue> values(long sheetId) {
        Map<String, SheetValue> values = new LinkedHashMap<>();
        jdbc.sql("select * from sheet_value where sheet_id = :id").param("id", sheetId)
                .query(rs -> {
                    values.put(rs.getString("item_code"), new SheetValue(rs.getString("item_code"),
                            rs.getString("value"), rs.getBigDecimal("points"), rs.getInt("version")));
                });
        return values;
    }

    private Optional<Long> sheetId(long campaignId, long branchId, long observerId) {
        return jdbc.sql("select id from score_sheet where campaign_id = :campaign and branch_id = :branch"
                        + " and observer_id = :observer")
                .param("campaign", campaignId).param("branch", branchId).param("observer", observerId)
                .query(Long.class).optional();
    }

    private long observerId(Observer observer) {
        return observation.observers().stream().filter(stored -> stored.observer().equals(observer))
                .findFirst().orElseThrow().id();
    }

    private static void requireEditable(ScoreSheet sheet) {
        if (sheet.status() == SheetStatus.FINALISED) {
            throw new ScoringRefused("scoring.finalised");
        }
    }

    private static void requireKey(String requestKey) {
        if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
            throw new ScoringRefused("scoring.badKey");
        }
    }
}
