package org.xingping.observation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xingping.observation.ReferencePlanning;

/**
 * The reference files of a {@code plan} run, copied into a folder so a test can break one of them
 * by replacing a line, and the arguments that name them.
 */
final class PlanFiles {

    static final String CAMPAIGN = "campaign-2021.yaml";
    static final String UNITS = "units.csv";
    static final String ORGANIZATIONS = "organizations.csv";
    static final String DECLARATIONS = "declarations-2021.csv";
    static final String OBSERVERS = "observers.csv";

    private final Path folder;

    private PlanFiles(Path folder) {
        this.folder = folder;
    }

    static PlanFiles referenceIn(Path folder) {
        try {
            for (String file : List.of(CAMPAIGN, UNITS, ORGANIZATIONS, DECLARATIONS, OBSERVERS)) {
                Files.copy(ReferencePlanning.DEMO.resolve(file), folder.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanFiles(folder);
    }

    /** Replaces the one line that equals {@code line} (the first, when several do). */
    PlanFiles replacing(String file, String line, String replacement) {
        try {
            Path path = folder.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(line)) {
                throw new IllegalArgumentException(file + " has no line " + line);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(line),
                    java.util.regex.Matcher.quoteReplacement(replacement)), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String file) {
        return folder.resolve(file);
    }

    String[] arguments(String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--campaign", path(CAMPAIGN).toString(),
                "--units", path(UNITS).toString(),
                "--organizations", path(ORGANIZATIONS).toString(),
                "--declarations", path(DECLARATIONS).toString(),
                "--observers", path(OBSERVERS).toString()));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }
}
