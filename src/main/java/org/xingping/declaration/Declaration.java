package org.xingping.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.xingping.standard.DeclarationKind;

/**
 * A branch's declaration (申报) in a campaign year. Lifecycle: the branch secretary starts it
 * (keep, promote or first rating, and the level applied for), assesses itself item by item with
 * evidence and claims, and submits it when every submission rule holds; the unit's party committee
 * returns it with comments (the branch edits and resubmits, every round kept) or forwards it to the
 * 工委, which is final for the declaration. A declaration collected offline arrives by import,
 * already forwarded. One declaration per branch per year.
 */
public class Declaration {

    @Id
    private Long id;
    private final long campaignId;
    private final long branchId;
    private final long unitId;
    private DeclarationKind kind;
    private final int currentLevel;
    private int targetLevel;
    private DeclarationStatus status;
    private final DeclarationSource source;
    private BigDecimal selfScore;
    private final Instant createdAt;
    private final String createdBy;
    private Instant submittedAt;
    private Instant forwardedAt;
    private Set<SelfAssessmentEntry> entries;
    private Set<Claim> claims;
    @Version
    private int version;

    @PersistenceCreator
    Declaration(Long id, long campaignId, long branchId, long unitId, DeclarationKind kind, int currentLevel,
            int targetLevel, DeclarationStatus status, DeclarationSource source, BigDecimal selfScore,
            Instant createdAt, String createdBy, Instant submittedAt, Instant forwardedAt,
            Set<SelfAssessmentEntry> entries, Set<Claim> claims, int version) {
        this.id = id;
        this.campaignId = campaignId;
        this.branchId = branchId;
        this.unitId = unitId;
        this.kind = kind;
        this.currentLevel = currentLevel;
        this.targetLevel = targetLevel;
        this.status = status;
        this.source = source;
        this.selfScore = selfScore;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.submittedAt = submittedAt;
        this.forwardedAt = forwardedAt;
        this.entries = entries == null ? new HashSet<>() : new HashSet<>(entries);
        this.claims = claims == null ? new HashSet<>() : new HashSet<>(claims);
        this.version = version;
    }

    /** A draft started online by the branch. */
    static Declaration start(long campaignId, long branchId, long unitId, DeclarationKind kind, int currentLevel,
            int targetLevel, Instant now, String by) {
        return new Declaration(null, campaignId, branchId, unitId, kind, currentLevel, targetLevel,
                DeclarationStatus.DRAFT, DeclarationSource.ONLINE, null, now, by, null, null, Set.of(), Set.of(), 0);
    }

    /** A declaration collected offline: it arrives as the 工委 received it, forwarded. */
    static Declaration imported(long campaignId, long branchId, long unitId, DeclarationKind kind, int currentLevel,
            int targetLevel, BigDecimal selfScore, Set<String> claimed, Instant now, String by) {
        Declaration declaration = new Declaration(null, campaignId, branchId, unitId, kind, currentLevel, targetLevel,
                DeclarationStatus.FORWARDED, DeclarationSource.IMPORTED, selfScore, now, by, now, now, Set.of(),
                Set.of(), 0);
        claimed.forEach(code -> declaration.claims.add(new Claim(code, null)));
        return declaration;
    }

    void retarget(DeclarationKind newKind, int newTarget) {
        requireEditable();
        kind = newKind;
        targetLevel = newTarget;
    }

    void assess(SelfAssessmentEntry entry) {
        requireEditable();
        entries.removeIf(existing -> existing.itemCode().equals(entry.itemCode()));
        entries.add(entry);
    }

    void claim(Claim claim) {
        requireEditable();
        claims.removeIf(existing -> existing.conditionCode().equals(claim.conditionCode()));
        claims.add(claim);
    }

    void withdrawClaim(String conditionCode) {
        requireEditable();
        claims.removeIf(existing -> existing.conditionCode().equals(conditionCode));
    }

    void scoreSelf(BigDecimal total) {
        selfScore = total;
    }

    /** The branch submits; the submission rules were checked by the caller. */
    void submit(Instant now) {
        requireEditable();
        status = DeclarationStatus.SUBMITTED;
        submittedAt = now;
    }

    /** The unit sends it back; only a submitted declaration can be. */
    void returnToBranch() {
        requireStatus(DeclarationStatus.SUBMITTED);
        status = DeclarationStatus.RETURNED;
    }

    /** The unit forwards it to the 工委. */
    void forward(Instant now) {
        requireStatus(DeclarationStatus.SUBMITTED);
        status = DeclarationStatus.FORWARDED;
        forwardedAt = now;
    }

    /** An import of the same branch again replaces an imported declaration's content. */
    void reimport(DeclarationKind newKind, int newTarget, BigDecimal newSelfScore, Set<String> claimed) {
        if (source != DeclarationSource.IMPORTED) {
            throw new DeclarationRefused("declaration.onlineNotReplaced");
        }
        kind = newKind;
        targetLevel = newTarget;
        selfScore = newSelfScore;
        claims = new HashSet<>();
        claimed.forEach(code -> claims.add(new Claim(code, null)));
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new DeclarationRefused("declaration.notEditable", status.name());
        }
    }

    private void requireStatus(DeclarationStatus expected) {
        if (status != expected) {
            throw new DeclarationRefused("declaration.wrongStatus", status.name());
        }
    }

    public Optional<SelfAssessmentEntry> entry(String itemCode) {
        return entries.stream().filter(entry -> entry.itemCode().equals(itemCode)).findFirst();
    }

    public List<SelfAssessmentEntry> entries() {
        return entries.stream().sorted(Comparator.comparing(SelfAssessmentEntry::itemCode)).toList();
    }

    public boolean claims(String conditionCode) {
        return claims.stream().anyMatch(claim -> claim.conditionCode().equals(conditionCode));
    }

    public List<Claim> claims() {
        return claims.stream().sorted(Comparator.comparing(Claim::conditionCode)).toList();
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getUnitId() {
        return unitId;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public int getCurrentLevel() {
        return currentLevel;
    }

    public int getTargetLevel() {
        return targetLevel;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public DeclarationSource getSource() {
        return source;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public int getVersion() {
        return version;
    }
}
