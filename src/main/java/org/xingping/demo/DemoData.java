package org.xingping.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xingping.campaign.CampaignCalendar;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationImport;
import org.xingping.campaign.Campaign;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ScoreImport;
import org.xingping.organization.OrganizationImport;
import org.xingping.platform.AuditLog;
import org.xingping.organization.TableSource;
import org.xingping.platform.AppSettings;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.UserAccountManagement.NewAccount;
import org.xingping.platform.XingPingProperties;
import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableReader;
import org.xingping.platform.table.TableRow;
import org.xingping.platform.table.TableSchema;
import org.xingping.standard.library.RatingStandardManagement;

/**
 * Loads the reference data set (the 2021 campaign of the shared reference files, shipped under
 * {@code demo/}) and opens the demo accounts, once: a second start finds them and does nothing.
 * The 2021 campaign stands where it stood after the observation days: declarations forwarded, the
 * groups formed, the plan published, every visited branch's sheets simulated and finalised but
 * those of one unit left for a newcomer to score as obs06.
 *
 * <p>Accounts, all with the password {@value #PASSWORD}: {@code admin} (系统管理员), {@code gongwei}
 * (工委管理员), {@code lingdao} (工委领导), {@code obs01}…{@code obs20} in the order of observers.csv
 * (those who may lead are 观摩组组长), one 单位党委 account per unit named by its code in lower
 * case, and one 支部书记 account per branch named by its code in lower case.
 */
@Component
class DemoData implements SmartLifecycle {

    static final String PASSWORD = "Demo@2021";
    static final int YEAR = 2021;
    static final String STANDARD = "zmd-szjg-2021";
    /** obs06, the observer whose group leaves its first unit unscored for a newcomer. */
    static final int NEWCOMER = 5;
    static final int NEWCOMER_BRANCHES = 3;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final TableSchema OBSERVERS = TableSchema.of("observers", "观摩人员",
            new Column("name", "姓名", true), new Column("role", "职务", true),
            new Column("home_unit_code", "所在单位编码", true), new Column("may_lead", "可任组长", true));

    private final XingPingProperties properties;
    private final OrganizationImport importer;
    private final UserAccountManagement accounts;
    private final AppSettings settings;
    private final JdbcClient jdbc;
    private final DemoRectification rectification;

    DemoData(XingPingProperties properties, OrganizationImport importer, UserAccountManagement accounts,
            AppSettings settings, JdbcClient jdbc, PlatformTransactionManager transactions,
            RatingStandardManagement standards, CampaignManagement campaigns, DeclarationImport declarationImport,
            ObservationManagement observation, DeclarationManagement declarations, ScoreImport scoreImport,
            GroupReviews reviews, DemoDecision decision, DemoRectification rectification, @Value("${xingping.demo-sheets:true}") boolean simulatedSheets,
            @Value("${xingping.demo-stage:designated}") String stage) {
        this.reviews = reviews;
        this.rectification = rectification;
        this.decision = decision;
        this.stopAtScoring = "scoring".equals(stage);
        this.simulatedSheets = simulatedSheets;
        this.declarations = declarations;
        this.scoreImport = scoreImport;
        this.declarationImport = declarationImport;
        this.observation = observation;
        this.transaction = new TransactionTemplate(transactions);
        this.standards = standards;
        this.campaigns = campaigns;
        this.properties = properties;
        this.importer = importer;
        this.accounts = accounts;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    private final TransactionTemplate transaction;
    private final RatingStandardManagement standards;
    private final CampaignManagement campaigns;
    private final DeclarationImport declarationImport;
    private final ObservationManagement observation;
    private final DeclarationManagement declarations;
    private final ScoreImport scoreImport;
    private final GroupReviews reviews;
    private final DemoDecision decision;
    /** Whether the demo fills the groups' sheets; a load test wants them empty ({@code --xingping.demo-sheets=false}). */
    private final boolean simulatedSheets;
    /**
     * {@code --xingping.demo-stage=scoring} stops the demo while group 1 still has a unit to score
     * (what the observer's walk needs); by default the year runs to its designation.
     */
    private final boolean stopAtScoring;
    private volatile boolean running;

    /** Before the web server opens, so that nobody can reach the login page before the accounts exist. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    public void start() {
        running = true;
        if (properties.demo() && !properties.headless() && settings.get("demo.loaded").isEmpty()) {
            transaction.executeWithoutResult(status -> load());
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void load() {
        long started = System.nanoTime();
        // Demo data goes into an empty registry only: it must never overwrite a real one.
        boolean empty = jdbc.sql("select count(*) from unit").query(Long.class).single() == 0;
        if (empty) {
            importer.importTables(Optional.of(resource("units.csv")), Optional.of(resource("organizations.csv")));
            settings.setCampaignYear(YEAR);
        } else {
            log.warn("Demo mode: the registry is not empty, the reference data set is not loaded");
        }
        if (standards.find(STANDARD).isEmpty()) {
            standards.upload(bytes("standard-2021.yaml"));
        }
        if (campaigns.find(YEAR).isEmpty()) {
            openCampaign();
        }
        List<NewAccount> missing = demoAccounts().stream()
                .filter(account -> accounts.findByUsername(account.username()).isEmpty()).toList();
        int opened = accounts.openAll(missing, PASSWORD);
        if (observation.observers().isEmpty()) {
            prepareObservation();
        }
        settings.put("demo.loaded", Integer.toString(YEAR));
        log.info("Demo data loaded: reference units, organisations and standard, {} accounts (password {}) in {} ms", opened,
                PASSWORD, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The 2021 campaign as it ran: declarations closed in early November, the five groups observed
     * from 23 to 26 November, every unit of the reference data took part.
     */
    private void openCampaign() {
        Set<Long> units = jdbc.sql("select id from unit").query(Long.class).set();
        campaigns.open(new CampaignManagement.OpenCampaign(YEAR, "2021年度市直机关“逐支部观摩、整单位提升”观摩活动",
                STANDARD, new CampaignCalendar(LocalDate.of(2021, 11, 5), LocalDate.of(2021, 11, 12),
                        LocalDate.of(2021, 11, 23), LocalDate.of(2021, 11, 26), LocalDate.of(2021, 12, 13),
                        LocalDate.of(2021, 12, 24)), units));
        campaigns.attachCampaignFile(YEAR, new String(bytes("campaign-2021.yaml"), StandardCharsets.UTF_8));
        // The 712 reference declarations, as the units forwarded them to the 工委 in 2021; and 2020's counts.
        declarationImport.importFile(YEAR, "declarations-2021.csv",
                new ByteArrayInputStream(bytes("declarations-2021.csv")), AuditLog.SYSTEM_ACTOR);
        declarationImport.importCounts("declaration-counts-2020.csv",
                new ByteArrayInputStream(bytes("declaration-counts-2020.csv")));
    }

    /**
     * The observation as the 工委 prepared it: the reference observers, each linked to the account
     * {@code obsNN} of their place in observers.csv, the five groups formed by the rules, and the
     * plan the {@code plan} command made for the reference campaign (plan-2021.csv), published.
     */
    private void prepareObservation() {
        observation.importObservers("observers.csv", new ByteArrayInputStream(bytes("observers.csv")));
        List<ObservationManagement.StoredObserver> observers = observation.observers();
        for (int i = 0; i < observers.size(); i++) {
            observation.linkAccount(observers.get(i).observer().name(), "obs%02d".formatted(i + 1));
        }
        observation.formGroups(YEAR);
        observation.importPlan(YEAR, "plan-2021.csv", new ByteArrayInputStream(bytes("plan-2021.csv")));
        observation.publish(YEAR);
        if (simulatedSheets) {
            scoreSheets(observers);
            if (!stopAtScoring) {
                decision.conclude(YEAR);
                rectification.play(YEAR);
            }
        }
    }

    /**
     * Every group's sheets of every branch it visited, simulated, handed in and finalised; at the
     * scoring stage except those of one unit of obs06's group (U003), which obs06 scores.
     */
    private void scoreSheets(List<ObservationManagement.StoredObserver> observers) {
        Observer newcomer = observers.get(NEWCOMER).observer();
        int group = observation.groups(YEAR).stream().filter(candidate -> candidate.everyone().contains(newcomer))
                .findFirst().orElseThrow().number();
        StoredPlan plan = observation.plan(YEAR).orElseThrow();
        // The group's first unit with a few branches, so the newcomer's walk has something to it.
        String leftOpen = !stopAtScoring ? null : plan.visits().stream().filter(visit -> visit.group() == group && visit.isBriefing())
                .map(Visit::unitCode)
                .filter(unit -> plan.visits().stream().filter(visit -> visit.group() == group && !visit.linking()
                        && !visit.isBriefing() && visit.unitCode().equals(unit)).count() >= NEWCOMER_BRANCHES)
                .findFirst().orElseThrow();
        Campaign campaign = campaigns.require(YEAR);
        Map<String, Integer> targets = new HashMap<>();
        declarations.rows(campaign.getId(), new DeclarationFilter(null, null, null, null, null, null), DataScope.all())
                .forEach(row -> targets.put(row.branchCode(), row.targetLevel()));
        String table = new DemoScores(standards.standard(STANDARD)).table(plan.visits(), observation.groups(YEAR),
                targets, leftOpen);
        scoreImport.importFile(YEAR, "演示模拟评分.csv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)),
                AuditLog.SYSTEM_ACTOR, "演示数据：由模拟程序生成（支部真实水平、观摩组宽严、观摩员误差），不是真实评分。");
        // Problems and highlights on the sheets, so the finalised reviews have something to rectify.
        rectification.recordFindings(YEAR);
        // Each leader finalises what the group has scored; the unit left open stays open.
        for (ObservationGroup finished : observation.groups(YEAR)) {
            String leader = observation.observers().stream()
                    .filter(stored -> stored.observer().equals(finished.leader())).findFirst().orElseThrow().username();
            long id = accounts.findByUsername(leader).orElseThrow().getId();
            reviews.finaliseComplete(YEAR, new CurrentUser(id, leader, finished.leader().name(), Role.GROUP_LEADER,
                    null, null, false, false, true, null));
        }
    }

    private List<NewAccount> demoAccounts() {
        List<NewAccount> demo = new ArrayList<>();
        demo.add(new NewAccount("admin", "系统管理员", Role.SYSTEM_ADMINISTRATOR, null, null));
        demo.add(new NewAccount("gongwei", "工委管理员", Role.COMMITTEE_ADMINISTRATOR, null, null));
        demo.add(new NewAccount("lingdao", "工委领导", Role.COMMITTEE_LEADER, null, null));
        List<TableRow> observers;
        try (var in = new ClassPathResource("demo/observers.csv").getInputStream()) {
            observers = new TableReader().readAll("observers.csv", in, OBSERVERS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the demo observers cannot be read", e);
        }
        for (int i = 0; i < observers.size(); i++) {
            TableRow observer = observers.get(i);
            Role role = "是".equals(observer.get("may_lead")) ? Role.GROUP_LEADER : Role.OBSERVER;
            Long homeUnit = observer.get("home_unit_code").isEmpty() ? null
                    : jdbc.sql("select id from unit where code = :code").param("code", observer.get("home_unit_code"))
                            .query(Long.class).single();
            demo.add(new NewAccount("obs%02d".formatted(i + 1), observer.get("name"), role, homeUnit, null));
        }
        jdbc.sql("select id, code, name from unit order by code").query((rs, n) -> new NewAccount(
                rs.getString("code").toLowerCase(), rs.getString("name") + "党委", Role.UNIT_COMMITTEE,
                rs.getLong("id"), null)).list().forEach(demo::add);
        jdbc.sql("select id, unit_id, code, name, secretary from party_organization where type = 'BRANCH' order by code")
                .query((rs, n) -> new NewAccount(rs.getString("code").toLowerCase(),
                        rs.getString("secretary") == null ? rs.getString("name") : rs.getString("secretary"),
                        Role.BRANCH_SECRETARY, rs.getLong("unit_id"), rs.getLong("id")))
                .list().forEach(demo::add);
        return demo;
    }

    private static byte[] bytes(String name) {
        try (var in = new ClassPathResource("demo/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the demo file " + name + " cannot be read", e);
        }
    }

    private static TableSource resource(String name) {
        ClassPathResource resource = new ClassPathResource("demo/" + name);
        return new TableSource(name, resource::getInputStream);
    }
}
