package org.xingping.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationEvents.DeclarationForwarded;
import org.xingping.declaration.DeclarationEvents.DeclarationReturned;
import org.xingping.declaration.DeclarationEvents.DeclarationSubmitted;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationType;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Role;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.FileType;
import org.xingping.platform.files.FileUploads;
import org.xingping.standard.Condition;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.IllegalScoreValue;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.library.RatingStandardManagement;

/**
 * Declarations from the branch's first draft to the unit's forwarding. Every method takes the
 * account that acts and checks on the server what it may touch: a branch its own declaration, a
 * unit committee its unit's, the committee everything (to read).
 */
@Service
@Transactional
public class DeclarationManagement {

    /** What evidence may be: records scanned or photographed, documents, spreadsheets. */
    public static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PDF, FileType.PNG, FileType.JPEG,
            FileType.WEBP, FileType.DOCX, FileType.XLSX);

    private final DeclarationRepository declarations;
    private final CampaignManagement campaigns;
    private final RatingStandardManagement standards;
    private final OrganizationManagement registry;
    private final FileUploads uploads;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Read lazily: the modules that open declarations to more people depend on this one. */
    private final ObjectProvider<DeclarationAccess> readers;

    /** Read lazily for the same reason: rectification answers which serious problems are still open. */
    private final ObjectProvider<OpenRectifications> rectifications;

    DeclarationManagement(DeclarationRepository declarations, CampaignManagement campaigns,
            RatingStandardManagement standards, OrganizationManagement registry, FileUploads uploads, FileStore files,
            JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<DeclarationAccess> readers, ObjectProvider<OpenRectifications> rectifications) {
        this.readers = readers;
        this.rectifications = rectifications;
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.standards = standards;
        this.registry = registry;
        this.uploads = uploads;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- the branch ---------------------------------------------------------------------------------------

    /** The branch's declaration in the current campaign, if it has started one. */
    @Transactional(readOnly = true)
    public Optional<Declaration> mine(CurrentUser user) {
        long branch = branchOf(user);
        return campaigns.current().flatMap(campaign -> declarations.findByCampaignIdAndBranchId(campaign.getId(), branch));
    }

    /** The level the branch holds as a campaign starts: its last rated year before the campaign's. */
    @Transactional(readOnly = true)
    public int heldLevel(long branchId, int campaignYear) {
        PartyOrganization branch = registry.organization(branchId, DataScope.all());
        return branch.levels().stream().filter(level -> level.year() < campaignYear)
                .reduce((first, second) -> second).map(level -> level.stars()).orElse(0);
    }

    /** The branch starts its declaration in the current campaign: keep, promote or first, and the level. */
    public Declaration start(CurrentUser user, DeclarationKind kind, int target) {
        long branchId = branchOf(user);
        Campaign campaign = campaigns.current().orElseThrow(() -> new DeclarationRefused("declaration.noCampaign"));
        PartyOrganization branch = registry.organization(branchId, DataScope.all());
        if (branch.getType() != OrganizationType.BRANCH || !campaign.includesUnit(branch.getUnitId())) {
            throw new DeclarationRefused("declaration.notInCampaign", campaign.getYear());
        }
        if (declarations.findByCampaignIdAndBranchId(campaign.getId(), branchId).isPresent()) {
            throw new DeclarationRefused("policy.onePerBranch");
        }
        checkTarget(kind, target);
        int held = heldLevel(branchId, campaign.getYear());
        Declaration declaration = declarations.save(Declaration.start(campaign.getId(), branchId, branch.getUnitId(),
                kind, held, target, clock.instant(), user.getUsername()));
        audit.created("Declaration", declaration.getId(), "开始申报 " + branch.getCode() + "（" + kind.label() + " "
                + target + " 星）", snapshot(declaration));
        return declaration;
    }

    public Declaration retarget(long id, CurrentUser user, DeclarationKind kind, int target) {
        Declaration declaration = forBranch(id, user);
        checkTarget(kind, target);
        Map<String, Object> before = snapshot(declaration);
        declaration.retarget(kind, target);
        save(declaration);
        audit.updated("Declaration", id, "修改申报类型或星级", before, snapshot(declaration));
        return declaration;
    }

    /** One item of the self-assessment, as the item's rule takes it; answers the self score so far. */
    public SelfScore assess(long id, CurrentUser user, String itemCode, String value, String note) {
        Declaration declaration = forBranch(id, user);
        RatingStandard standard = standardOf(declaration);
        Item item = standard.item(itemCode).orElseThrow(() -> new DeclarationRefused("declaration.unknownItem", itemCode));
        String entered = value == null ? "" : value.strip();
        if (entered.isEmpty()) {
            throw new DeclarationRefused("declaration.valueRequired", item.code());
        }
        try {
            item.score(entered);
        } catch (IllegalScoreValue wrong) {
            throw new DeclarationRefused("declaration.valueOutsideRule", item.code(), wrong.getMessage());
        }
        declaration.assess(new SelfAssessmentEntry(item.code(), entered, blankToNull(note)));
        return rescore(declaration, standard);
    }

    /** Claims a flag condition of the standard, or withdraws the claim. */
    public void claim(long id, CurrentUser user, String conditionCode, boolean claimed, String note) {
        Declaration declaration = forBranch(id, user);
        RatingStandard standard = standardOf(declaration);
        Condition condition = standard.condition(conditionCode)
                .orElseThrow(() -> new DeclarationRefused("declaration.unknownCondition", conditionCode));
        if (!(condition instanceof Condition.Flag)) {
            throw new DeclarationRefused("declaration.conditionNotClaimable", condition.name());
        }
        if (claimed) {
            declaration.claim(new Claim(conditionCode, blankToNull(note)));
        } else {
            declaration.withdrawClaim(conditionCode);
        }
        rescore(declaration, standard);
    }

    @Transactional(readOnly = true)
    public SelfScore selfScore(Declaration declaration) {
        return SelfScore.of(standardOf(declaration), declaration);
    }

    /** Adds an evidence file for an item or a claim; its type is judged by its content. */
    public EvidenceFile addEvidence(long id, CurrentUser user, String subject, String code, String fileName,
            InputStream content) {
        Declaration declaration = forBranch(id, user);
        RatingStandard standard = standardOf(declaration);
        boolean known = EvidenceFile.ITEM.equals(subject) ? standard.item(code).isPresent()
                : EvidenceFile.CLAIM.equals(subject) && declaration.claims(code);
        if (!known) {
            throw new DeclarationRefused("declaration.unknownEvidenceSubject", code);
        }
        if (!declaration.getStatus().editable()) {
            throw new DeclarationRefused("declaration.notEditable", declaration.getStatus().name());
        }
        FileUploads.Accepted accepted = uploads.accept(fileName, content, EVIDENCE_TYPES, FileUploads.MAX_BYTES);
        EvidenceFile evidence = insertEvidence(declaration.getId(), subject, code, accepted, false, user.getUsername());
        audit.created("DeclarationEvidence", evidence.id(), "上传佐证材料 " + code + "：" + evidence.fileName(),
                Map.of("declaration", id, "code", code, "file", evidence.fileName(), "size", evidence.size()));
        return evidence;
    }

    public void removeEvidence(long evidenceId, CurrentUser user) {
        EvidenceFile evidence = evidenceFile(evidenceId);
        Declaration declaration = forBranch(evidence.declarationId(), user);
        if (!declaration.getStatus().editable()) {
            throw new DeclarationRefused("declaration.notEditable", declaration.getStatus().name());
        }
        jdbc.sql("delete from declaration_evidence where id = :id").param("id", evidenceId).update();
        audit.deleted("DeclarationEvidence", evidenceId, "删除佐证材料 " + evidence.code() + "：" + evidence.fileName(),
                Map.of("declaration", evidence.declarationId(), "file", evidence.fileName()));
    }

    /**
     * Submits the declaration to the unit's pre-review when every rule holds; otherwise refuses
     * with every rule it breaks, and nothing changes.
     */
    public Declaration submit(long id, CurrentUser user) {
        Declaration declaration = forBranch(id, user);
        Campaign campaign = campaignOf(declaration);
        Submission submission = new Submission(declaration, standardOf(declaration), campaign.calendar(),
                clock.instant(), clock.getZone(), heldLevel(declaration.getBranchId(), campaign.getYear()),
                declaredTwice(declaration), evidenceCounts(declaration.getId()));
        List<OpenRectifications.OpenTask> openSerious = rectifications.stream()
                .flatMap(open -> open.openSerious(declaration.getBranchId(), campaign.getYear()).stream()).toList();
        List<DeclarationRefused> refusals = java.util.stream.Stream.concat(SubmissionPolicy.all().stream(),
                        java.util.stream.Stream.of(new OpenSeriousRectificationPolicy(openSerious)))
                .map(policy -> policy.check(submission)).flatMap(verdict -> verdict.refusal().stream()).toList();
        if (!refusals.isEmpty()) {
            throw new SubmissionRefused(refusals);
        }
        declaration.submit(clock.instant());
        save(declaration);
        int round = rounds(declaration.getId()).size() + 1;
        jdbc.sql("""
                        insert into pre_review_round (declaration_id, round, submitted_at, submitted_by)
                        values (:declaration, :round, :at, :by)""")
                .param("declaration", id).param("round", round).param("at", Timestamp.from(clock.instant()))
                .param("by", user.getUsername()).update();
        audit.updated("Declaration", id, "提交申报（第 " + round + " 轮）", null, snapshot(declaration));
        events.publishEvent(new DeclarationSubmitted(id, declaration.getBranchId(), declaration.getUnitId(), round));
        return declaration;
    }

    // --- the unit's pre-review ---------------------------------------------------------------------------

    /** Returns a submitted declaration to its branch; the comment says what to change. */
    public void returnToBranch(long id, CurrentUser user, String comment) {
        Declaration declaration = forUnitCommittee(id, user);
        if (comment == null || comment.isBlank()) {
            throw new DeclarationRefused("preReview.commentRequired");
        }
        declaration.returnToBranch();
        save(declaration);
        decide(id, user, "RETURNED", comment.strip());
        audit.updated("Declaration", id, "初审退回：" + comment.strip(), null, snapshot(declaration));
        events.publishEvent(new DeclarationReturned(id, declaration.getBranchId(), declaration.getUnitId(),
                comment.strip()));
    }

    /** Forwards a submitted declaration to the 工委. */
    public void forward(long id, CurrentUser user, String comment) {
        Declaration declaration = forUnitCommittee(id, user);
        declaration.forward(clock.instant());
        save(declaration);
        decide(id, user, "FORWARDED", blankToNull(comment));
        audit.updated("Declaration", id, "初审通过，报送工委", null, snapshot(declaration));
        events.publishEvent(new DeclarationForwarded(id, declaration.getBranchId(), declaration.getUnitId()));
    }

    /** Forwards many at once; every one must be the unit's and submitted, else none is forwarded. */
    public int forwardAll(List<Long> ids, CurrentUser user) {
        for (long id : ids) {
            forward(id, user, null);
        }
        return ids.size();
    }

    // --- reading ------------------------------------------------------------------------------------------

    /** A declaration the account may read. */
    @Transactional(readOnly = true)
    public Declaration read(long id, CurrentUser user) {
        Declaration declaration = declarations.findById(id)
                .orElseThrow(() -> new DeclarationRefused("declaration.notFound", id));
        DataScope scope = user.scope();
        boolean visible = user.isCommittee() || user.hasRole(Role.SYSTEM_ADMINISTRATOR)
                || scope.kind() != DataScope.Kind.NONE
                && scope.includesOrganization(declaration.getUnitId(), declaration.getBranchId())
                || readers.stream().anyMatch(access -> access.mayRead(user, declaration));
        if (!visible) {
            throw new AccessDeniedException("declaration " + id + " is outside the account's scope");
        }
        return declaration;
    }

    @Transactional(readOnly = true)
    public RatingStandard standardOf(Declaration declaration) {
        return standards.standard(campaignOf(declaration).getStandardId());
    }

    @Transactional(readOnly = true)
    public RatingStandard standardOfCampaign(Campaign campaign) {
        return standards.standard(campaign.getStandardId());
    }

    @Transactional(readOnly = true)
    public Campaign campaignOf(Declaration declaration) {
        return campaigns.byId(declaration.getCampaignId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PreReviewRound> rounds(long declarationId) {
        return jdbc.sql("select * from pre_review_round where declaration_id = :id order by round")
                .param("id", declarationId)
                .query((rs, n) -> new PreReviewRound(rs.getInt("round"), instant(rs, "submitted_at"),
                        rs.getString("submitted_by"), instant(rs, "decided_at"), rs.getString("decided_by"),
                        rs.getString("decision"), rs.getString("comment")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> evidence(long declarationId) {
        return jdbc.sql("select * from declaration_evidence where declaration_id = :id order by subject, code, id")
                .param("id", declarationId).query(DeclarationManagement::evidence).list();
    }

    /** An evidence file's bytes, for an account that may read its declaration. */
    @Transactional(readOnly = true)
    public InputStream openEvidence(long evidenceId, CurrentUser user) {
        EvidenceFile evidence = evidenceFile(evidenceId);
        read(evidence.declarationId(), user);
        try {
            return files.open(jdbc.sql("select file_key from declaration_evidence where id = :id")
                    .param("id", evidenceId).query(String.class).single());
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence file " + evidenceId + " cannot be read", e);
        }
    }

    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(long evidenceId) {
        return jdbc.sql("select * from declaration_evidence where id = :id").param("id", evidenceId)
                .query(DeclarationManagement::evidence).optional()
                .orElseThrow(() -> new DeclarationRefused("declaration.evidenceNotFound"));
    }

    /** The declarations of a campaign an account sees, with their branch and unit, filtered. */
    @Transactional(readOnly = true)
    public List<DeclarationRow> rows(long campaignId, DeclarationFilter filter, DataScope scope) {
        return DeclarationQueries.rows(jdbc, campaignId, filter, scope);
    }

    /** The conditions each branch of a campaign claimed in its declaration, by branch code. */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> claims(long campaignId) {
        Map<String, Set<String>> claims = new HashMap<>();
        jdbc.sql("""
                        select b.code, c.condition_code
                        from claim c join declaration d on d.id = c.declaration join party_organization b on b.id = d.branch_id
                        where d.campaign_id = :campaign""")
                .param("campaign", campaignId)
                .query(rs -> {
                    claims.computeIfAbsent(rs.getString(1), branch -> new TreeSet<>()).add(rs.getString(2));
                });
        return claims;
    }

    // --- internals ----------------------------------------------------------------------------------------

    /** Stores a file as demo evidence, for the demo data set. */
    EvidenceFile insertEvidence(long declarationId, String subject, String code, FileUploads.Accepted accepted,
            boolean demo, String by) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into declaration_evidence (declaration_id, subject, code, file_key, file_name,
                                                          content_type, size, demo, uploaded_at, uploaded_by)
                        values (:declaration, :subject, :code, :key, :name, :type, :size, :demo, :at, :by)""")
                .param("declaration", declarationId).param("subject", subject).param("code", code)
                .param("key", accepted.file().key()).param("name", accepted.name())
                .param("type", accepted.type().contentType()).param("size", accepted.file().size())
                .param("demo", demo).param("at", Timestamp.from(clock.instant())).param("by", by)
                .update(keys, "id");
        return evidenceFile(keys.getKey().longValue());
    }

    private SelfScore rescore(Declaration declaration, RatingStandard standard) {
        SelfScore score = SelfScore.of(standard, declaration);
        declaration.scoreSelf(score.total().orElse(null));
        save(declaration);
        return score;
    }

    private void decide(long id, CurrentUser user, String decision, String comment) {
        int updated = jdbc.sql("""
                        update pre_review_round set decided_at = :at, decided_by = :by, decision = :decision,
                               comment = :comment
                        where declaration_id = :id and decision is null""")
                .param("at", Timestamp.from(clock.instant())).param("by", user.getUsername())
                .param("decision", decision).param("comment", comment).param("id", id).update();
        if (updated != 1) {
            throw new DeclarationRefused("declaration.wrongStatus", decision);
        }
    }

    private void save(Declaration declaration) {
        declarations.save(declaration);
    }

    private Declaration forBranch(long id, CurrentUser user) {
        Declaration declaration = declarations.findById(id)
                .orElseThrow(() -> new DeclarationRefused("declaration.notFound", id));
        if (!user.hasRole(Role.BRANCH_SECRETARY) || user.organizationId().filter(own -> own == declaration.getBranchId())
                .isEmpty()) {
            throw new AccessDeniedException("only the branch's own secretary changes its declaration");
        }
        return declaration;
    }

    private Declaration forUnitCommittee(long id, CurrentUser user) {
        Declaration declaration = declarations.findById(id)
                .orElseThrow(() -> new DeclarationRefused("declaration.notFound", id));
        if (!user.hasRole(Role.UNIT_COMMITTEE) || user.unitId().filter(own -> own == declaration.getUnitId())
                .isEmpty()) {
            throw new AccessDeniedException("only the unit's party committee pre-reviews its branches");
        }
        return declaration;
    }

    private static long branchOf(CurrentUser user) {
        if (!user.hasRole(Role.BRANCH_SECRETARY)) {
            throw new AccessDeniedException("only a branch secretary declares");
        }
        return user.organizationId().orElseThrow(() -> new AccessDeniedException("the account has no branch"));
    }

    private static void checkTarget(DeclarationKind kind, int target) {
        if (kind == null) {
            throw new DeclarationRefused("declaration.kindRequired");
        }
        if (target < 1 || target > 5) {
            throw new DeclarationRefused("policy.targetLevel", target, "1–5");
        }
    }

    private boolean declaredTwice(Declaration declaration) {
        return jdbc.sql("select count(*) from declaration where campaign_id = :campaign and branch_id = :branch")
                .param("campaign", declaration.getCampaignId()).param("branch", declaration.getBranchId())
                .query(Long.class).single() > 1;
    }

    private Map<String, Integer> evidenceCounts(long declarationId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select subject, code, count(*) as files from declaration_evidence where declaration_id = :id"
                        + " group by subject, code")
                .param("id", declarationId)
                .query(rs -> {
                    counts.put(rs.getString("subject") + ":" + rs.getString("code"), rs.getInt("files"));
                });
        return counts;
    }

    static Map<String, Object> snapshot(Declaration declaration) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("branch", declaration.getBranchId());
        state.put("kind", declaration.getKind().name());
        state.put("current", declaration.getCurrentLevel());
        state.put("target", declaration.getTargetLevel());
        state.put("status", declaration.getStatus().name());
        state.put("selfScore", declaration.getSelfScore());
        state.put("claims", declaration.claims().stream().map(Claim::conditionCode).toList());
        return state;
    }

    private static EvidenceFile evidence(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getLong("declaration_id"), rs.getString("subject"),
                rs.getString("code"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getBoolean("demo"), instant(rs, "uploaded_at"), rs.getString("uploaded_by"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
