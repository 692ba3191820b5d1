package org.xingping.observation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

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
}
