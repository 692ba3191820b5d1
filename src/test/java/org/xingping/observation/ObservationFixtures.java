package org.xingping.observation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationImport;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;

/** Campaign files and declarations for a small observation, as tests speak of them. */
public final class ObservationFixtures {

    private ObservationFixtures() {
    }

    /**
     * The reference campaign's rules over two days (22 and 23 November of {@code year}), with
     * one linking branch a group.
     */
    public static String campaignFile(int year, int groups, int membersPerGroup) {
        return """
                format: xingping-campaign/1
                name: %1$d年度观摩活动
                year: %1$d
                standard: zmd-szjg-2021
                days: [%1$d-11-22, %1$d-11-23]
                hours:
                  - {from: "08:30", to: "12:00"}
                  - {from: "14:30", to: "18:00"}
                groups: %2$d
                members_per_group: %3$d
                visit:
                  unit_briefing_minutes: 15
                  branch_minutes: {5: 8, 4: 6}
                travel:
                  speed_kmh: 25
                  detour_factor: 1.3
                  same_site_minutes: 5
                rules:
                  unit_in_one_block: true
                  no_own_unit: true
                  linking_branches_per_group: 1
                """.formatted(year, groups, membersPerGroup);
    }

    /** The reference declarations of these units, as the units forwarded them in 2021. */
    public static String declarationsOf(Set<String> units) {
        try (InputStream in = new ClassPathResource("demo/declarations-2021.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.get(0) + "\n" + lines.stream().skip(1)
                    .filter(line -> units.contains(line.substring(0, line.indexOf('-'))))
                    .collect(Collectors.joining("\n")) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference declarations of these units as they would be made in {@code year}: where the
     * registry records another level than the reference year's (a year designated since, as on the
     * demo instance), the branch declares from that level, keeping it or going one star up, and
     * sits the year out below four stars.
     */
    public static String declarationsOf(ApplicationContext context, int year, Set<String> units) {
        Map<String, Map<Integer, Integer>> levels = context.getBean(OrganizationManagement.class).levelsByBranch();
        return declarationsOf(units).lines().map(line -> {
            String[] cells = line.split(",", -1);
            Integer held = levels.getOrDefault(cells[0], Map.of()).entrySet().stream().filter(level -> level.getKey() < year)
                    .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
            if (held == null || cells[0].equals("branch_code") || Integer.parseInt(cells[2]) == held) {
                return line;
            }
            int target = held == 0 ? Integer.parseInt(cells[3]) : Math.min(Math.max(Integer.parseInt(cells[3]), held), held + 1);
            // A branch whose stars a veto withdrew (0 recorded) cannot jump back to four or five at once.
            if (held == 0 || target < 4) {
                // The campaign file visits four- and five-star applicants only: a lower one sits the year out.
                return null;
            }
            cells[1] = target == held ? "保持" : held == 0 ? "首次" : "晋升";
            cells[2] = String.valueOf(held);
            cells[3] = String.valueOf(target);
            return String.join(",", cells);
        }).filter(Objects::nonNull).collect(Collectors.joining("\n")) + "\n";
    }

    /**
     * The reference observers, once per database, each with an account {@code t-obsNN} in the
     * order of observers.csv (password {@value #PASSWORD}).
     */
    public static void observersWithAccounts(ApplicationContext context) {
        ObservationManagement observation = context.getBean(ObservationManagement.class);
        if (!observation.observers().isEmpty()) {
            return;
        }
        try (InputStream in = new ClassPathResource("demo/observers.csv").getInputStream()) {
            observation.importObservers("observers.csv", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ObservationManagement.StoredObserver> observers = observation.observers();
        context.getBean(UserAccountManagement.class).openAll(observers.stream()
                .map(stored -> new UserAccountManagement.NewAccount(account(observers.indexOf(stored)),
                        stored.observer().name(), stored.observer().mayLead() ? Role.GROUP_LEADER : Role.OBSERVER,
                        null, null)).toList(), PASSWORD);
        for (int i = 0; i < observers.size(); i++) {
            observation.linkAccount(observers.get(i).observer().name(), account(i));
        }
    }

    public static final String PASSWORD = "Test@2035x";

    /** The account of the observer at this place of observers.csv (from 0). */
    public static String account(int index) {
        return "t-obs%02d".formatted(index + 1);
    }

    /**
     * A campaign of {@code year} over the reference registry, its declarations those of
     * {@code units}, two groups of three formed by the rules, planned for at most a few seconds
     * and published: what scoring needs. Done once per year and database.
     */
    public static void publishedPlan(ApplicationContext context, int year, Set<String> units) {
        publishedPlan(context, year, units, false);
    }

    /**
     * As {@link #publishedPlan(ApplicationContext, int, Set)}; with {@code scopedToUnits} the
     * campaign covers only those units, so its population (the base of the quotas) is theirs.
     */
    public static void publishedPlan(ApplicationContext context, int year, Set<String> units, boolean scopedToUnits) {
        CampaignManagement campaigns = context.getBean(CampaignManagement.class);
        ObservationManagement observation = context.getBean(ObservationManagement.class);
        if (campaigns.find(year).isPresent()) {
            return;
        }
        CampaignFixtures.referenceCampaign(context, scopedToUnits ? OptionalInt.empty() : OptionalInt.of(year));
        if (scopedToUnits) {
            OrganizationManagement registry = context.getBean(OrganizationManagement.class);
            campaigns.open(CampaignFixtures.openIn(year, units.stream()
                    .map(unit -> registry.unitByCode(unit).orElseThrow().getId()).collect(Collectors.toSet())));
        }
        observersWithAccounts(context);
        campaigns.attachCampaignFile(year, campaignFile(year, 2, 3));
        context.getBean(DeclarationImport.class).importFile(year, "declarations.csv",
                new ByteArrayInputStream(declarationsOf(context, year, units).getBytes(StandardCharsets.UTF_8)), "gongwei");
        observation.formGroups(year);
        VisitPlan plan = new VisitPlanner().plan(observation.problem(year), PlanningOptions.untilNoImprovement()
                .withTimeLimit(Duration.ofSeconds(5)).withUnimprovedLimit(Duration.ofSeconds(2)), progress -> {
                });
        observation.saveDraft(year, plan.visits(), new HashSet<>());
        observation.publish(year);
    }
}
