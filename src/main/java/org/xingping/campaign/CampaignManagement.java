package org.xingping.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.AppSettings;
import org.xingping.platform.AuditLog;
import org.xingping.platform.DataScope;
import org.xingping.platform.OutOfScope;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.FileType;
import org.xingping.platform.files.FileUploads;
import org.xingping.standard.library.RatingStandardManagement;

/**
 * Opening and running campaign years. Opening freezes the standard the campaign rates by and
 * makes the campaign the one the shell works in; the calendar and the documents can change while
 * the year runs.
 */
@Service
@Transactional
public class CampaignManagement {

    /** What documents may be: what committees write plans and rules in. */
    public static final Set<FileType> DOCUMENT_TYPES = Set.of(FileType.PDF, FileType.DOCX, FileType.XLSX,
            FileType.PNG, FileType.JPEG);

    private final CampaignRepository campaigns;
    private final RatingStandardManagement standards;
    private final AppSettings settings;
    private final AuditLog audit;
    private final FileUploads uploads;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CampaignManagement(CampaignRepository campaigns, RatingStandardManagement standards, AppSettings settings,
            AuditLog audit, FileUploads uploads, FileStore files, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.campaigns = campaigns;
        this.standards = standards;
        this.settings = settings;
        this.audit = audit;
        this.uploads = uploads;
        this.files = files;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What the committee enters to open a campaign year. */
    public record OpenCampaign(int year, String name, String standardId, CampaignCalendar calendar,
            Set<Long> unitIds) {
    }

    public Campaign open(OpenCampaign request) {
        if (request.year() < 2000 || request.year() > 2100) {
            throw new CampaignRefused("campaign.yearInvalid", request.year());
        }
        if (campaigns.findByYear(request.year()).isPresent()) {
            throw new CampaignRefused("campaign.yearTaken", request.year());
        }
        if (request.name() == null || request.name().isBlank()) {
            throw new CampaignRefused("campaign.nameRequired");
        }
        if (standards.find(request.standardId()).isEmpty()) {
            throw new CampaignRefused("campaign.standardUnknown", request.standardId());
        }
        checkCalendar(request.calendar());
        if (request.unitIds().isEmpty()) {
            throw new CampaignRefused("campaign.scopeEmpty");
        }
        Campaign campaign = campaigns.save(Campaign.open(request.year(), request.name().strip(), request.standardId(),
                request.calendar(), request.unitIds(), clock.instant(), AuditLog.currentActor()));
        standards.freeze(request.standardId(), campaign.getName());
        settings.setCampaignYear(campaign.getYear());
        audit.created("Campaign", campaign.getYear(), "开启创建年度 " + campaign.getYear() + " " + campaign.getName(),
                snapshot(campaign));
        events.publishEvent(new CampaignOpened(campaign.getId(), campaign.getYear(), campaign.getStandardId()));
        return campaign;
    }

    public Campaign reschedule(int year, String name, CampaignCalendar calendar) {
        Campaign campaign = require(year);
        checkCalendar(calendar);
        if (name == null || name.isBlank()) {
            throw new CampaignRefused("campaign.nameRequired");
        }
        Map<String, Object> before = snapshot(campaign);
        campaign.rename(name.strip());
        campaign.reschedule(calendar);
        campaigns.save(campaign);
        audit.updated("Campaign", year, "修改创建年度 " + year + " 的名称或日程", before, snapshot(campaign));
        return campaign;
    }

    /** Keeps the observation campaign file (xingping-campaign/1) of the year as its text. */
    public Campaign attachCampaignFile(int year, String text) {
        Campaign campaign = require(year);
        campaign.attachCampaignFile(text);
        campaigns.save(campaign);
        audit.updated("Campaign", year, "载入观摩活动方案文件", null, Map.of("length", text.length()));
        return campaign;
    }

    /** Makes a campaign the one the shell and the pages work in. */
    public void makeCurrent(int year) {
        require(year);
        settings.setCampaignYear(year);
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> current() {
        return campaigns.findByYear(settings.campaignYear());
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> find(int year) {
        return campaigns.findByYear(year);
    }

    @Transactional(readOnly = true)
    public Campaign require(int year) {
        return campaigns.findByYear(year).orElseThrow(() -> new CampaignRefused("campaign.notFound", String.valueOf(year)));
    }

    @Transactional(readOnly = true)
    public Optional<Campaign> byId(long id) {
        return campaigns.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.findAllByOrderByYearDesc();
    }

    /**
     * A campaign asked for by its year: unknown (404), or one the scope's unit takes no part in
     * (403), before anything of it is read.
     */
    @Transactional(readOnly = true)
    public Campaign requireInScope(int year, DataScope scope) {
        Campaign campaign = require(year);
        if (!sees(campaign, scope)) {
            throw new OutOfScope("api.campaign.outOfScope", String.valueOf(year));
        }
        return campaign;
    }

    /** Whether an account of this scope takes part in the campaign (committee: always; a unit or branch: its unit in scope). */
    public static boolean sees(Campaign campaign, DataScope scope) {
        return switch (scope.kind()) {
            case ALL -> true;
            case UNIT, ORGANIZATION -> campaign.includesUnit(scope.unitId());
            // Observers take part through their group; they read the campaign's documents.
            case NONE -> true;
        };
    }

    // --- documents --------------------------------------------------------------------------------------

    public CampaignDocument addDocument(int year, String title, String fileName, InputStream content) {
        Campaign campaign = require(year);
        if (title == null || title.isBlank()) {
            throw new CampaignRefused("campaign.documentTitleRequired");
        }
        FileUploads.Accepted accepted = uploads.accept(fileName, content, DOCUMENT_TYPES, FileUploads.MAX_BYTES);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into campaign_document (campaign_id, title, file_key, file_name, content_type, size,
                                                       uploaded_at, uploaded_by)
                        values (:campaign, :title, :key, :name, :type, :size, :at, :by)""")
                .param("campaign", campaign.getId()).param("title", title.strip())
                .param("key", accepted.file().key()).param("name", accepted.name())
                .param("type", accepted.type().contentType()).param("size", accepted.file().size())
                .param("at", Timestamp.from(clock.instant())).param("by", AuditLog.currentActor())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.created("CampaignDocument", id, "上传创建年度 " + year + " 文件：" + title.strip(),
                Map.of("title", title.strip(), "file", accepted.name(), "size", accepted.file().size()));
        return document(id).orElseThrow();
    }

    public void removeDocument(long id) {
        CampaignDocument document = document(id).orElseThrow(() -> new CampaignRefused("campaign.documentNotFound"));
        jdbc.sql("delete from campaign_document where id = :id").param("id", id).update();
        audit.deleted("CampaignDocument", id, "删除创建年度文件：" + document.title(),
                Map.of("title", document.title(), "file", document.fileName()));
    }

    @Transactional(readOnly = true)
    public List<CampaignDocument> documents(int year) {
        Campaign campaign = require(year);
        return jdbc.sql("select * from campaign_document where campaign_id = :id order by uploaded_at, id")
                .param("id", campaign.getId()).query(CampaignManagement::document).list();
    }

    /** Opens a document for someone in the campaign's scope. */
    @Transactional(readOnly = true)
    public InputStream openDocument(long id, DataScope scope) {
        CampaignDocument document = document(id).orElseThrow(() -> new CampaignRefused("campaign.documentNotFound"));
        Campaign campaign = campaigns.findById(document.campaignId()).orElseThrow();
        if (!sees(campaign, scope)) {
            throw new AccessDeniedException("document " + id + " is outside the account's campaign");
        }
        try {
            return files.open(document.fileKey());
        } catch (IOException e) {
            throw new UncheckedIOException("the document file " + document.fileKey() + " cannot be read", e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<CampaignDocument> document(long id) {
        return jdbc.sql("select * from campaign_document where id = :id").param("id", id)
                .query(CampaignManagement::document).optional();
    }

    private static CampaignDocument document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CampaignDocument(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("title"),
                rs.getString("file_key"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }

    private static void checkCalendar(CampaignCalendar calendar) {
        List<String> problems = calendar.problems();
        if (!problems.isEmpty()) {
            throw new CampaignRefused("campaign.calendarOrder", problems.get(0));
        }
    }

    private static Map<String, Object> snapshot(Campaign campaign) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", campaign.getYear());
        state.put("name", campaign.getName());
        state.put("standard", campaign.getStandardId());
        state.put("calendar", campaign.calendar());
        state.put("units", campaign.unitIds().size());
        return state;
    }
}
