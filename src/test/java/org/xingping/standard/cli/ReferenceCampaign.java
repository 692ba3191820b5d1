package org.xingping.standard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.xingping.standard.BranchRecord;
import org.xingping.standard.RatingStandard;

/**
 * The reference campaign of 2021 as the engine sees it: the 712 declared branches with their
 * generated scores (4 observers × 23 items), read the way {@code evaluate} reads its files.
 */
public final class ReferenceCampaign {

    /** Every branch of the reference organisations: the population of all-branches quotas. */
    public static final int POPULATION = 921;

    private ReferenceCampaign() {
    }

    public static List<BranchRecord> records(RatingStandard standard) {
        try {
            Path directory = Files.createTempDirectory("reference-campaign");
            Path declarations = directory.resolve("declarations-2021.csv");
            try (InputStream in = ReferenceCampaign.class.getResourceAsStream("/demo/declarations-2021.csv")) {
                Files.copy(in, declarations);
            }
            Path scores = directory.resolve("scores-2021.csv");
            new ReferenceScoresGenerator(ReferenceScoresGenerator.DEFAULT_SEED).write(scores);
            List<BranchRecord> records = CampaignRecords.read(standard,
                    CampaignFiles.read(declarations, scores, Optional.empty(), Optional.empty()));
            Files.delete(scores);
            Files.delete(declarations);
            Files.delete(directory);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
