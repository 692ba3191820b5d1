package org.xingping.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The declarations of {@link DecisionFixtures#UNITS}: how many, and which apply for five stars. */
final class FiveStar {

    /** The declarations of the reference year in these units: a fresh database's campaign declares them all. */
    static final int DECLARED = declarations().size();

    private FiveStar() {
    }

    /** How many branches declare in the year: fewer than {@link #DECLARED} after a designation lowered some. */
    static int declared(JdbcClient jdbc, int year) {
        return jdbc.sql("select count(*) from declaration d join campaign c on c.id = d.campaign_id where c.year = :year")
                .param("year", year).query(Integer.class).single();
    }

    /** The branches that apply for five stars in the year, as declared (on the demo, from the levels designated since). */
    static Set<String> applicants(JdbcClient jdbc, int year) {
        return jdbc.sql("""
                        select b.code from declaration d join party_organization b on b.id = d.branch_id
                        join campaign c on c.id = d.campaign_id where c.year = :year and d.target_level = 5""")
                .param("year", year).query(String.class).set();
    }

    private static List<String> declarations() {
        try (InputStream in = new ClassPathResource("demo/declarations-2021.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> DecisionFixtures.UNITS.contains(line.substring(0, line.indexOf('-')))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
