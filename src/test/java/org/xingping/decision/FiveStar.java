package org.xingping.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/** The reference declarations of {@link DecisionFixtures#UNITS}: how many, and which apply for five stars. */
final class FiveStar {

    static final int DECLARED = declarations().size();

    private FiveStar() {
    }

    static Set<String> applicants() {
        return declarations().stream().filter(line -> line.split(",")[3].equals("5"))
                .map(line -> line.split(",")[0]).collect(Collectors.toSet());
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
